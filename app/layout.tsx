import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "errdoc",
  description: "Paste an error, get a diagnosis.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
