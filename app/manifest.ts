import type { MetadataRoute } from "next";

// The web app manifest (served as /manifest.webmanifest): the portal can be added to a phone's home
// screen; it opens the kindergarten pages, where an educator's group leads to the day view, which the
// service worker (public/sw.js, registered by the day view) keeps for use without a connection.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Balabaqsha",
    short_name: "Balabaqsha",
    description: "Балабақша · Детский сад · Kindergarten",
    start_url: "/kindergarten",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#f8fafc",
    theme_color: "#0f766e",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
