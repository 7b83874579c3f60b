// The demo accounts printed by `npm start` (the same as in README.md and docs/DEMO.md).
export const DEMO_SIGN_INS = [
  "  Staff — /kk/sign-in?as=staff, password demo12345:",
  "    region.admin      regional education department administrator",
  "    district.admin    district education department administrator",
  "    kg.admin          kindergarten director",
  "    educator          educator bound to groups",
  "    educator.nogroup  educator without a group binding",
  "    new.educator      invited educator (password Temp12345, must set a new one)",
  "  Parents — /kk/sign-in, the SMS code appears at /kk/demo/outbox:",
  "    +77010000001  IIN 920714441235  two children in «Балапан», both bound",
  "    +77010000002  IIN 901009338710  nothing bound yet; a son in the queue with a referral",
  "    +77010000003  IIN 950125447634  not linked in the mobile-citizens registry (shows the error)",
].join("\n");
