// Coded application errors; the edge maps a code to a translated message ("errors.<code>").
export const ERROR_CODES = [
  "unauthenticated",
  "forbidden",
  "not_found",
  "invalid_input",
  "rate_limited",
  "not_linked_in_bmg",
  "code_invalid",
  "code_expired",
  "code_attempts_exceeded",
  "invalid_credentials",
  "sign_in_throttled",
  "sign_in_locked",
  "account_blocked",
  "password_reuse",
  "attendance_future_day",
  "attendance_non_working_day",
  "attendance_not_enrolled",
  "correction_reason_required",
  "binding_refused",
  "confirmation_closed",
  "timesheet_changed",
  "no_phone_on_record",
  // Digital signature (EDS / NCALayer) refusals (lib/eds/).
  "eds_malformed",
  "eds_weak_algorithm",
  "eds_gost_unsupported",
  "eds_signature_invalid",
  "eds_certificate_invalid",
  "eds_certificate_expired",
  "eds_certificate_not_yet_valid",
  "eds_untrusted_chain",
  "eds_wrong_key_type",
  "eds_no_iin",
  "eds_legal_entity",
  "eds_wrong_person",
  "eds_content_mismatch",
  "eds_challenge_invalid",
  "eds_challenge_expired",
  "eds_challenge_used",
  "internal",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly details?: Record<string, string | number>,
  ) {
    super(code);
    this.name = "AppError";
  }
}

// True for values that carry one of our error codes (also after crossing a serialisation boundary).
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && (ERROR_CODES as readonly string[]).includes(value);
}
