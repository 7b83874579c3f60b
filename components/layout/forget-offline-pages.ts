// The pages the service worker keeps for the educator's day view offline (public/sw.js, cache
// "balabaqsha-day-v1") hold the group's children's names: signing out deletes them, so the next person
// on a shared phone finds none. The static files (hashed, no personal data) stay. Marks still waiting
// to be sent stay in the phone's queue: they are sent only when the same educator signs in again
// (lib/attendance/offline-queue.ts), and dropping them would lose work.
export const DAY_VIEW_CACHE = "balabaqsha-day-v1";

export async function forgetOfflinePages(): Promise<void> {
  if (typeof caches === "undefined") return;
  try {
    const cache = await caches.open(DAY_VIEW_CACHE);
    for (const request of await cache.keys())
      if (!new URL(request.url).pathname.startsWith("/_next/static/")) await cache.delete(request);
  } catch {
    // No cache storage (a private window, an old browser): nothing was kept.
  }
}
