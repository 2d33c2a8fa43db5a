import { pack as de } from '../../locales/de/language-pack';
import { addLanguagePacks } from '../../locales/language-packs';
import { pack as zhCN } from '../../locales/zh-CN/language-pack';

// The service worker cannot import() a language when the agent switches to it (the HTML spec
// forbids dynamic imports there), so it carries all of them.
addLanguagePacks({ de, 'zh-CN': zhCN });
