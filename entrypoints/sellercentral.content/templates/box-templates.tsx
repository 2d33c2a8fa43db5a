import { fittingTemplates } from '../../../rules/templates/rank-templates';
import { unfilledPlaceholders, type PlaceholderValues } from '../../../rules/templates/placeholders';
import type { PickerTemplate } from '../../../utils/templates-protocol';
import type { Result } from '../../../utils/result';
import { readField } from '../draft-guard/field-text';
import type { ReplyBox } from '../draft-guard/reply-boxes';
import { mountUi } from '../page/mount-ui';
import type { PageSession } from '../page/page-session';
import { insertIntoBox, selectInBox } from './insert-text';
import { readReplyContext } from './reply-context';
import { TemplateBar } from './template-bar';

export interface TemplateServices {
  loadTemplates(): Promise<Result<PickerTemplate[]>>;
  values(): PlaceholderValues;
  /** Whether the page's buyer is listed at the templates-only level. */
  templatesOnly(): boolean;
}

/** The template inserted last in a box, as the usage log and the templates-only check need it. */
export interface InsertedTemplate {
  templateId: string;
  version: number;
  text: string;
}

export interface BoxTemplates {
  readonly box: ReplyBox;
  lastActive: number;
  inserted: InsertedTemplate | null;
  /** A draft the agent sent anyway under templates-only, with a recorded reason. */
  overriddenText: string | null;
  /** The text whose `template-use` entry was written (one entry per sent text). */
  loggedText: string | null;
  /** Show the unfilled-placeholder alert now and put the cursor on the first one. */
  showUnfilled(): void;
  rerender(): void;
  dispose(): void;
}

/** The Templates control of one reply box: mounted just before the box, in the page's flow (it covers nothing). */
export function attachTemplates(box: ReplyBox, session: PageSession, services: TemplateServices): BoxTemplates {
  const controller = new AbortController();
  const signal = AbortSignal.any([session.signal, controller.signal]);
  let open = false;
  let templates: PickerTemplate[] = [];
  let error = '';
  let unfilled: string[] = [];

  const view = () => (
    <TemplateBar
      open={open}
      templates={fittingTemplates(templates, readReplyContext(session))}
      values={services.values()}
      unfilled={unfilled}
      templatesOnly={services.templatesOnly()}
      error={error}
      onToggle={() => void toggle()}
      onChoose={(template, text) => choose(template, text)}
    />
  );
  const mounted = mountUi(session, { name: 'seller-guard-templates', anchor: box.host, append: 'before' }, view());
  const rerender = () => void mounted.then(({ update }) => !signal.aborted && update(view()));

  const toggle = async () => {
    open = !open;
    if (open) {
      const result = await services.loadTemplates();
      templates = result.ok ? result.value : [];
      error = result.ok ? '' : result.error.message;
    }
    rerender();
  };
  const choose = (template: PickerTemplate, text: string) => {
    insertIntoBox(box, text);
    state.inserted = { templateId: template.id, version: template.version, text: readField(box).text };
    state.lastActive = Date.now();
    open = false;
    refreshUnfilled();
  };
  const refreshUnfilled = () => {
    const next = unfilledPlaceholders(readField(box).text).map((token) => token.name);
    if (next.join() !== unfilled.join() || !open) unfilled = next;
    rerender();
  };
  box.field.addEventListener('input', () => {
    state.lastActive = Date.now();
    if (unfilled.length > 0 || state.inserted) refreshUnfilled();
  }, { signal });
  box.field.addEventListener('focus', () => (state.lastActive = Date.now()), { signal });
  signal.addEventListener('abort', () => void mounted.then(({ ui }) => ui.remove()));

  const state: BoxTemplates = {
    box,
    lastActive: 0,
    inserted: null,
    overriddenText: null,
    loggedText: null,
    showUnfilled() {
      const [first] = unfilledPlaceholders(readField(box).text);
      refreshUnfilled();
      if (first) selectInBox(box, first.start, first.end);
    },
    rerender,
    dispose: () => controller.abort(),
  };
  return state;
}
