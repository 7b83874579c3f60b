import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

// Next's recommended rules (React, hooks, a11y basics, TypeScript) over the whole project; formatting is
// Prettier's (checked in the lint step of `npm test`), so ESLint's formatting rules are off.
const config = [
  ...nextVitals,
  ...nextTs,
  prettier,
  // App code logs through lib/log.ts (structured, no personal data), never console.*.
  {
    files: ["lib/**/*.{ts,tsx}", "app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["lib/eds/testing/**"],
    rules: { "no-console": "error" },
  },
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
