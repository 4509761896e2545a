// The words of the "Nhiệm vụ của tôi" web page (src/ui/myTasks.html and its client script).
export const myTasksPageMsg = {
  title: 'Nhiệm vụ của tôi',
  loading: 'Đang tải nhiệm vụ…',
} as const;
