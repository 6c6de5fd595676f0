import { A } from "@solidjs/router";
import { useI18n } from "../../i18n/i18n.tsx";

/** Any unknown path. */
export default function NotFoundRoute() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t("notFound.title")}</h1>
      <A href="/">{t("notFound.back")}</A>
    </section>
  );
}
