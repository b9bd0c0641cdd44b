// Admin of the sales operations platform: Simplified Chinese (locales/zh.json, written
// for this project with Admin's own keys) and English, after the browser's language;
// when the browser asks for neither, the reader's own language (the server sets
// fallbackLocale to the language of the user logged in, else the company's).
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  }
};
