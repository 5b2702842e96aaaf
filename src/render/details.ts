/** The selected event's details: title, date in words, picture, description, the source's quote, place, links. */
import { addStyles } from './add-styles.js';
import { detailsStyles } from '../styles/details.styles.js';
import { html, nothing } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { chooseText, type ChosenText } from '../model/text.js';
import type { EventMedia, TimelineEvent } from '../model/types.js';
import type { RelatedEvent } from '../model/related.js';
import { eventDateInWords } from '../time/words.js';

export interface DetailsContext {
  /** The shadow root the details are drawn in: their styles are added to it (styles/details.styles.ts). */
  root?: Node;
  lang: string;
  fallbacks: readonly string[];
  /** The language the source was written in: its quote is shown in it beside any translation. */
  sourceLanguage?: string;
  categoryLabel?: ChosenText;
  m: Messages;
  /** Closes the details; no close button without it (on a story card). */
  onClose?: () => void;
  /** The events linked to this one, both ways, in time order; a button moves to each. */
  related?: readonly RelatedEvent[];
  titleOf?: (event: TimelineEvent) => ChosenText;
  onGo?: (event: TimelineEvent) => void;
}

const text = (chosen: ChosenText | undefined) =>
  chosen ? html`<span lang=${chosen.lang && chosen.lang !== '*' ? chosen.lang : nothing}>${chosen.text}</span>` : nothing;

export function renderDetails(event: TimelineEvent, ctx: DetailsContext) {
  const { lang, fallbacks, m, sourceLanguage } = ctx;
  if (ctx.root) addStyles(ctx.root, detailsStyles);
  const pick = (value: TimelineEvent['title'] | undefined) => chooseText(value, lang, fallbacks);
  const title = pick(event.title)!;
  const quote = pick(event.quote);
  // A quote read in translation is shown with the source's own words too.
  const original =
    quote && sourceLanguage && quote.lang && quote.lang !== sourceLanguage ? chooseText(event.quote, sourceLanguage) : undefined;
  const dateText = pick(event.dateText);
  const place = pick(event.place);
  const description = pick(event.description);
  return html`<section part="details" class="details" aria-labelledby="details-title">
    <div class="details-head">
      <p id="details-title" part="details-title" role="heading" aria-level="3" lang=${title.lang && title.lang !== '*' ? title.lang : nothing}>
        ${title.text}
      </p>
      ${ctx.onClose ? html`<button type="button" part="button close" class="close" aria-label=${m.close} @click=${ctx.onClose}>×</button>` : nothing}
    </div>
    <p class="details-date">${eventDateInWords(event, lang)}${dateText ? html` · ${m.dateInSource}: «${text(dateText)}»` : nothing}</p>
    <dl>
      ${ctx.categoryLabel ? html`<dt>${m.category}</dt><dd>${text(ctx.categoryLabel)}</dd>` : nothing}
      ${place ? html`<dt>${m.place}</dt><dd>${text(place)}</dd>` : nothing}
    </dl>
    ${event.media ? renderPicture(event.media, pick, m) : nothing}
    ${description ? html`<p class="description">${text(description)}</p>` : nothing}
    ${quote
      ? html`<figure class="quote">
          <figcaption>${m.quote}</figcaption>
          <blockquote lang=${quote.lang && quote.lang !== '*' ? quote.lang : nothing}>${quote.text}</blockquote>
          ${original ? html`<blockquote class="original" lang=${original.lang ?? nothing} aria-label=${m.original}>${original.text}</blockquote>` : nothing}
        </figure>`
      : nothing}
    ${event.links.length
      ? html`<ul class="links" aria-label=${m.links}>
          ${event.links.map((link) => {
            const label = chooseText(link.label, lang, fallbacks);
            return html`<li><a href=${link.href} target="_blank" rel="noopener noreferrer">${label ? text(label) : link.href}</a></li>`;
          })}
        </ul>`
      : nothing}
    ${ctx.related?.length && ctx.titleOf && ctx.onGo ? renderRelated(ctx.related, ctx.titleOf, ctx.onGo, ctx) : nothing}
  </section>`;
}

/** The linked events as buttons: "led to: Lapshin handed over to Baku", "follows from: …". */
function renderRelated(related: readonly RelatedEvent[], titleOf: (event: TimelineEvent) => ChosenText, onGo: (event: TimelineEvent) => void, ctx: DetailsContext) {
  const { m, lang, fallbacks } = ctx;
  return html`<ul class="related" aria-label=${m.related}>
    ${related.map((item) => {
      const label = item.direction === 'next' ? chooseText(item.label, lang, fallbacks) : undefined;
      return html`<li>
        <button type="button" part="button related" data-related=${item.event.id} @click=${() => onGo(item.event)}>
          ${label ? text(label) : item.direction === 'next' ? m.ledTo : m.followsFrom}: ${text(titleOf(item.event))}
        </button>
      </li>`;
    })}
  </ul>`;
}

/**
 * The event's picture, loaded only when its details open (and lazily within them), without sending the
 * page's address to the picture's host. The model let through only https and same-origin addresses.
 */
function renderPicture(media: EventMedia, pick: (value: EventMedia['alt']) => ChosenText | undefined, m: Messages) {
  const alt = pick(media.alt);
  const credit = pick(media.credit);
  const image = html`<img src=${media.src} alt=${alt?.text ?? ''} lang=${alt?.lang && alt.lang !== '*' ? alt.lang : nothing}
    loading="lazy" decoding="async" referrerpolicy="no-referrer" />`;
  return html`<figure part="picture" class="picture">
    ${media.link
      ? // A picture with no alt text gives its link no name: the address names it then.
        html`<a href=${media.link} target="_blank" rel="noopener noreferrer" aria-label=${alt ? nothing : media.link}>${image}</a>`
      : image}
    ${credit ? html`<figcaption>${m.credit}: ${text(credit)}</figcaption>` : nothing}
  </figure>`;
}
