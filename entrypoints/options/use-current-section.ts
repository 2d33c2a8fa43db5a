import { useEffect, useState } from 'preact/hooks';

/**
 * The id of the section the agent is reading: the last of `ids` whose top has scrolled past
 * the upper third of the window (the first one at the top of the page), or the one named in
 * the address's #hash right after a navigation link was followed.
 */
export function useCurrentSection(ids: readonly string[]): string {
  const [current, setCurrent] = useState(ids[0] ?? '');
  useEffect(() => {
    const update = () => {
      const line = window.innerHeight / 3;
      let seen = ids[0] ?? '';
      for (const id of ids) {
        const top = document.getElementById(id)?.getBoundingClientRect().top;
        if (top !== undefined && top <= line) seen = id;
      }
      setCurrent(seen);
    };
    const fromHash = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      if (ids.includes(id)) setCurrent(id);
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('hashchange', fromHash);
    return () => {
      window.removeEventListener('scroll', update);
      window.removeEventListener('hashchange', fromHash);
    };
  }, [ids.join(' ')]);
  return current;
}
