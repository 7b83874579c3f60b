"use client";

// The last resort, when the site's layout itself fails: no layout, no messages — the three languages at once.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="kk">
      <body style={{ fontFamily: "sans-serif", maxWidth: "36rem", margin: "3rem auto", padding: "0 1rem" }}>
        <h1>Қате орын алды · Произошла ошибка · Something went wrong</h1>
        <p>
          Қайталап көріңіз немесе кейінірек кіріңіз. · Попробуйте ещё раз или зайдите позже. · Try again, or
          come back later.
        </p>
        <button type="button" onClick={reset}>
          Қайталау · Повторить · Try again
        </button>
      </body>
    </html>
  );
}
