import { notFound } from "next/navigation";
import { env, isDemoMode } from "@/lib/env";

// A page that fails on purpose — only in test mode on demo data (as the bq_now clock cookie), so the e2e
// journey can see the error page; anywhere else it does not exist.
export default function FailOnPurpose() {
  if (env().BALABAQSHA_TEST_MODE !== "1" || !isDemoMode()) notFound();
  throw new Error("the e2e error-page check");
}
