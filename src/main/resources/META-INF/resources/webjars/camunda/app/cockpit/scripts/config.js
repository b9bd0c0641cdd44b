// Cockpit of the sales operations platform: Simplified Chinese (locales/zh.json, written
// for this project with Cockpit's own keys) and English, after the browser's language;
// when the browser asks for neither, the reader's own language (the server sets
// fallbackLocale to the language of the user logged in, else the company's). Dates read
// yyyy-MM-dd.
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'YYYY-MM-DD HH:mm',
    normal: 'YYYY-MM-DD HH:mm',
    long: 'YYYY-MM-DD HH:mm:ss',
    short: 'YYYY-MM-DD'
  }
};
