import { useEffect, useState } from 'preact/hooks';

/**
 * The id of the section the agent is reading: the last of `ids` whose top has scrolled past
 * the upper third of the window (the first one while the page is not scrolled), or the one named in
 * the address's #hash right after a navigation link was followed.
 */
export function useCurrentSection(ids: readonly string[]): string {
  const [current, setCurrent] = useState(ids[0] ?? '');
  useEffect(() => {
    let linked = '';
    const update = () => {
      // A followed link wins while its section is still on screen (the last ones cannot scroll to the top).
      const top = linked ? document.getElementById(linked)?.getBoundingClientRect().top : undefined;
      if (top !== undefined && top >= 0 && top < window.innerHeight) return setCurrent(linked);
      linked = '';
      if (window.scrollY <= 0) return setCurrent(ids[0] ?? '');
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
      if (!ids.includes(id)) return;
      linked = id;
      setCurrent(id);
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
