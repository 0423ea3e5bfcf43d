// In-page harness for the card suite: one row per signed token, timed from append until every row is verified
// and fully rendered.
//
// A contender module's default export:
//   mount(root, tokens, publicKeyPem)  starts at once; returns {verified: Promise<{elements, verifiedAt}>}
//                                     settling when every token is verified (rejecting on the first refusal):
//                                     one connected element per token in token order, and the
//                                     performance.now() at which the last token was verified
//   settle?(el)                        what "rendered" waits for per element (default: its updateComplete)
//   expectsGraphic?                    each element should show a painted canvas (an avatar) besides its text
//   unavailable?()                     a reason this contender cannot run on this page, or undefined
import { fullyRendered, graphicsShown, loadData, nextTask, visibleText, watchLongTasks } from './common.js';

const squash = (text) => text.replace(/\s+/g, ' ').trim();

export function start(contender) {
  const longTasks = watchLongTasks();
  loadData('cards').then((data) => {
    const root = document.getElementById('root');
    let elements = [];
    globalThis.__bench = {
      unavailable: contender.unavailable ? contender.unavailable() : longTasks.supported ? undefined : 'no longtask entries in this browser',

      /** C1: mount `count` tokens' rows until all verified and fully rendered. */
      async render(count = data.tokens.length) {
        const tokens = data.tokens.slice(0, count);
        const t0 = performance.now();
        const { verified } = contender.mount(root, tokens, data.publicKeyPem);
        let verifiedAt;
        ({ elements, verifiedAt } = await verified);
        await fullyRendered(elements, contender.settle);
        const t1 = performance.now();
        await nextTask();
        const tasks = longTasks.between(t0, t1);
        return { renderMs: t1 - t0, verifiedMs: verifiedAt - t0, longestTaskMs: tasks.longestMs, longTasks: tasks.count };
      },

      /** Untimed: whether the first `count` rows show their attendee's name and first value (and avatar). */
      inspect(count) {
        const rows = elements.slice(0, count).map((el, i) => {
          const text = visibleText(el);
          const graphics = graphicsShown(el);
          const graphic = graphics.painted + graphics.loaded + graphics.svg > 0;
          const named = text.includes(squash(data.names[i])) && text.includes(squash(data.firstValues[i]));
          const box = el.getBoundingClientRect();
          return { named, graphic, ok: named && (graphic || !contender.expectsGraphic), size: `${Math.round(box.width)}x${Math.round(box.height)}`, shows: `${graphic ? '[canvas] ' : ''}${text}`.slice(0, 60) };
        });
        return {
          total: rows.length,
          boxed: rows.filter((r) => r.size !== '0x0').length,
          withContent: rows.filter((r) => r.ok).length,
          size: rows[0]?.size ?? '0x0',
          shows: rows.slice(0, 40).map((r) => r.shows),
          detail: `name+value ${rows.filter((r) => r.named).length}/${rows.length}, graphic ${rows.filter((r) => r.graphic).length}/${rows.length}`,
        };
      },
    };
  }).catch((error) => {
    globalThis.__bench = { unavailable: `cards harness: ${error.message}` };
  });
}
