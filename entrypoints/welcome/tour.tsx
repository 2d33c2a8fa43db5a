import { t } from '../../locales/current';

/** The four things Seller Guard does, each with a picture in public/welcome/. */
const STOPS = ['draft-guard', 'watchlist', 'capture', 'archive'] as const;

/** Step 4: a short tour with pictures. */
export function Tour() {
  return (
    <section class="welcome-step" aria-labelledby="welcome-tour-title">
      <h2 id="welcome-tour-title">{t('welcome.tour.title')}</h2>
      <ol class="welcome-tour">
        {STOPS.map((stop) => (
          <li key={stop} data-tour={stop}>
            <img src={`/welcome/${stop}.svg`} alt="" width={240} height={140} />
            <h3>{t(`welcome.tour.${stop}.title`)}</h3>
            <p>{t(`welcome.tour.${stop}.text`)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
