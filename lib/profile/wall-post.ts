import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/audit";
import { orgResource } from "./resources";

// A member of the organisation writes on its message wall (the Profile tab shows it to every visitor).
export async function postOnWall(actor: Actor, input: { organizationId: string; body: string }, now: Date) {
  const resource = await orgResource(input.organizationId);
  authorize(actor, "profile.wall.post", resource);
  return prisma.$transaction(async (tx) => {
    const post = await tx.wallPost.create({
      data: {
        organizationId: resource.organizationId,
        authorId: actor.personId,
        body: input.body,
        createdAt: now,
      },
    });
    await audit(tx, {
      actorPersonId: actor.personId,
      action: "wall_post.create",
      entityType: "WallPost",
      entityId: post.id,
      organizationId: post.organizationId,
      after: post,
    });
    return post;
  });
}
