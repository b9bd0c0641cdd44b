// Tasklist of the sales operations platform: Simplified Chinese (locales/zh.json, written
// for this project with Tasklist's own keys) and English, after the browser's language;
// when the browser asks for neither, the reader's own language (the server sets
// fallbackLocale to the language of the user logged in, else the company's). Dates read
// yyyy-MM-dd.
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // the validation messages of Camunda Forms in the reader's language
  customScripts: ['scripts/form-messages'],
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'YYYY-MM-DD HH:mm:ss'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务 (claims the currently selected task)'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '聚焦到列表中的第一个筛选器 (set the focus to the first filter in the list)'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '聚焦到列表中的第一个任务 (sets the focus to the first task in the list)'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '聚焦到任务表单的第一个输入框 (sets the focus to the first input field in a task form)'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开启动流程对话框 (opens the start process modal dialog)'
    }
  }
};
