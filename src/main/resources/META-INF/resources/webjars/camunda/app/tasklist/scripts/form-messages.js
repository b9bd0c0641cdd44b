// The messages Camunda Forms shows under a field it refuses (a required field left
// empty, a number below its minimum...) are written in English inside form-js; a reader
// of Tasklist in Chinese reads them in Chinese. Tasklist loads this file as a custom
// script (config.js); it rewrites each message where Tasklist shows it.
import config from './config.js';

const CHINESE = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `此项的值不得小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `此项的值不得大于 ${m[1]}。`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `此项至少需要 ${m[1]} 个字符。`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `此项最多 ${m[1]} 个字符。`],
  [/^Field must match pattern (.+)\.$/, (m) => `此项必须符合格式 ${m[1]}。`],
  [/^Field must be a valid email\.$/, () => '此项必须是有效的电子邮件地址。'],
  [/^Field must be a valid {1,2}international phone number\. \(e\.g\. (.+)\)$/, (m) => `此项必须是有效的国际电话号码（例如 ${m[1]}）。`],
  [/^Value is not a number\.$/, () => '此项必须是数字。'],
  [/^Value is expected to be an integer\.$/, () => '此项必须是整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `此项最多保留 ${m[1]} 位小数。`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, (m) => `请选择有效的值，最接近的两个有效值是 ${m[1]} 和 ${m[2]}。`]
];

/** The language Tasklist shows: the browser's when offered, else the configured one. */
function language() {
  const offered = (config.locales && config.locales.availableLocales) || ['en'];
  const browser = ((navigator.languages && navigator.languages[0]) || navigator.language || '').split('-')[0].toLowerCase();
  return offered.includes(browser) ? browser : (config.locales && config.locales.fallbackLocale) || 'en';
}

function translate(root) {
  const errors = root.querySelectorAll ? root.querySelectorAll('.fjs-form-field-error, .fjs-form-field-error *') : [];
  errors.forEach((element) => {
    element.childNodes.forEach((node) => {
      if (node.nodeType !== Node.TEXT_NODE) {
        return;
      }
      const text = node.textContent.trim();
      for (const [pattern, chinese] of CHINESE) {
        const match = text.match(pattern);
        if (match) {
          node.textContent = chinese(match);
          return;
        }
      }
    });
  });
}

if (language() === 'zh') {
  new MutationObserver(() => translate(document.body)).observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true
  });
}

export default [];
