import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { PasteForm } from "./_components/paste-form";

export default async function HomePage({ params }: PageProps<"/[lang]">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = messages(lang);
  return (
    <main className="mx-auto max-w-3xl px-4 pt-10 pb-16 sm:pt-16">
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">{t.home.heading}</h1>
      <p className="mt-3 max-w-2xl text-zinc-600 dark:text-zinc-400">{t.home.intro}</p>
      <div className="mt-8">
        <PasteForm lang={lang} />
      </div>
    </main>
  );
}
