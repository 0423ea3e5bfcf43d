// In-page harness for the list suite: 10,000 signed tokens into one scrolling list. load() times verification
// until the first screen is painted and records long tasks meanwhile; scroll() scrolls the whole list top to
// bottom, one viewport per animation frame, recording frame intervals and long tasks.
//
// A contender module's default export:
//   mount(root, tokens, publicKeyPem)  starts at once; returns a handle:
//     ready: Promise        every token verified and the first screen's rows in the DOM
//     scroller()            the element whose scrollTop scrolls the list
//     rows()                the row elements currently in the DOM
//   expectsGraphic?         each row should show a painted canvas (an avatar) besides its text
//   unavailable?()          a reason this contender cannot run on this page, or undefined
import { graphicsShown, loadData, nextTask, raf, visibleText, watchLongTasks } from './common.js';

const squash = (text) => text.replace(/\s+/g, ' ').trim();
const MAX_SCROLL_FRAMES = 5000;
/** While scrolling, the rows in the DOM are counted every this many frames (a querySelectorAll, kept rare). */
const ROW_COUNT_EVERY = 10;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Records every animation frame's timestamp until `stop()` (to see how often the page paints while it works). */
function watchFrames() {
  const stamps = [];
  let id = requestAnimationFrame(function tick(now) {
    stamps.push(now);
    id = requestAnimationFrame(tick);
  });
  return { stop: () => (cancelAnimationFrame(id), stamps) };
}

export function start(contender) {
  const longTasks = watchLongTasks();
  loadData('list').then((data) => {
    const root = document.getElementById('root');
    // A row's visible text, whitespace removed, is its name followed by its first value.
    const bare = (text) => text.replace(/\s+/g, '');
    const expected = new Set(data.names.map((name, i) => bare(`${name}${data.firstValues[i]}`)));
    const collator = new Intl.Collator(document.documentElement.lang || undefined, { sensitivity: 'base', numeric: true });
    const sortedNames = [...data.names].sort(collator.compare);
    let list = null;

    /** The rows at least partly inside the scroller's box, top to bottom. */
    function rowsInView() {
      const view = list.scroller().getBoundingClientRect();
      return list.rows()
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.height > 0 && box.bottom > view.top + 1 && box.top < view.bottom - 1)
        .sort((a, b) => a.box.top - b.box.top);
    }

    globalThis.__bench = {
      unavailable: contender.unavailable ? contender.unavailable() : longTasks.supported ? undefined : 'no longtask entries in this browser',

      /** L1: mount all tokens until every one is verified and the first screen is painted. */
      async load() {
        const frames = watchFrames();
        const t0 = performance.now();
        list = contender.mount(root, data.tokens, data.publicKeyPem);
        await list.ready;
        await raf();
        await raf();
        void document.body.offsetHeight;
        const t1 = performance.now();
        const stamps = frames.stop();
        await nextTask();
        const tasks = longTasks.between(t0, t1);
        const points = [t0, ...stamps, t1];
        const intervals = points.slice(1).map((t, i) => t - points[i]);
        return {
          loadMs: t1 - t0,
          longestTaskMs: tasks.longestMs,
          longTasks: tasks.count,
          longestFrameMs: Math.max(...intervals),
          frames: stamps.length,
          rowsInDom: list.rows().length,
        };
      },

      /** L2: scroll top to bottom, one viewport per frame; frame intervals and long tasks meanwhile. */
      async scroll() {
        const scroller = list.scroller();
        let previous = await raf();
        const idle = [];
        for (let i = 0; i < 15; i += 1) {
          const now = await raf();
          idle.push(now - previous);
          previous = now;
        }
        const frameMs = median(idle);
        const stamps = [];
        let maxRows = 0;
        const t0 = performance.now();
        await new Promise((resolve, reject) => {
          const step = (now) => {
            stamps.push(now);
            if (stamps.length % ROW_COUNT_EVERY === 0) maxRows = Math.max(maxRows, list.rows().length);
            const max = scroller.scrollHeight - scroller.clientHeight;
            if (scroller.scrollTop >= max - 1) return resolve();
            if (stamps.length > MAX_SCROLL_FRAMES) return reject(new Error(`not at the bottom after ${MAX_SCROLL_FRAMES} frames (scrollTop ${scroller.scrollTop} of ${max})`));
            scroller.scrollTop = Math.min(max, scroller.scrollTop + scroller.clientHeight);
            requestAnimationFrame(step);
          };
          requestAnimationFrame(step);
        });
        stamps.push(await raf(), await raf());
        const t1 = performance.now();
        await nextTask();
        const intervals = stamps.slice(1).map((t, i) => t - stamps[i]);
        const threshold = Math.max(1.5 * frameMs, 1);
        const tasks = longTasks.between(t0, t1);
        return {
          scrollMs: t1 - t0,
          frames: intervals.length,
          frameMs,
          droppedFrames: intervals.filter((d) => d > threshold).length,
          longestFrameMs: Math.max(0, ...intervals),
          longestTaskMs: tasks.longestMs,
          longTasks: tasks.count,
          maxRowsInDom: Math.max(maxRows, list.rows().length),
        };
      },

      /** Sanity: jump to the bottom and let the list render there. */
      async jumpToEnd() {
        const scroller = list.scroller();
        for (let i = 0; i < 10 && scroller.scrollTop < scroller.scrollHeight - scroller.clientHeight - 1; i += 1) {
          scroller.scrollTop = scroller.scrollHeight;
          await raf();
        }
        await list.settle?.();
        await raf();
        await raf();
      },

      /** Untimed: the rows in view; each must show an attendee's name and first value (and a painted avatar). */
      inspect() {
        const rows = rowsInView().map(({ el, box }) => {
          const text = visibleText(el);
          const graphics = graphicsShown(el);
          const graphic = graphics.painted + graphics.loaded + graphics.svg > 0;
          const named = expected.has(bare(text));
          return { text, named, graphic, ok: named && (graphic || !contender.expectsGraphic), size: `${Math.round(box.width)}x${Math.round(box.height)}` };
        });
        const scroller = list.scroller();
        const atEnd = scroller.scrollTop >= scroller.scrollHeight - scroller.clientHeight - 1;
        const wantFirst = squash(atEnd ? sortedNames.at(-1) : sortedNames[0]);
        const edgeRow = atEnd ? rows.at(-1) : rows[0];
        const edgeOk = Boolean(edgeRow && edgeRow.text.startsWith(wantFirst));
        return {
          total: rows.length,
          boxed: rows.length,
          withContent: rows.filter((r) => r.ok).length,
          size: rows[0]?.size ?? '0x0',
          shows: rows.slice(0, 40).map((r) => `${r.graphic ? '[canvas] ' : ''}${r.text}`.slice(0, 60)),
          detail: `${list.rows().length} rows in DOM; ${atEnd ? 'last' : 'first'} row ${edgeOk ? 'is' : 'is NOT'} "${wantFirst}"${edgeOk ? '' : ` (shows "${edgeRow?.text.slice(0, 40) ?? 'nothing'}")`}`,
          orderOk: edgeOk,
        };
      },
    };
  }).catch((error) => {
    globalThis.__bench = { unavailable: `list harness: ${error.message}` };
  });
}
