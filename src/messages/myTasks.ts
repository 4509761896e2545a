// The "Nhiệm vụ của tôi" web page's server answers: refusals, save and upload results, conflicts, Nhật ký details.
export const myTasksMsg = {
  pageTitle: 'Nhiệm vụ của tôi',
} as const;
