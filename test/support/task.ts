// A Task record for the core's unit tests: every field empty or unset but what the test gives, so a
// field added to Task is added here once, not in every test file.
import { ProgressStatus, type Task } from '../../src/core/domain';

export function testTask(over: Partial<Task> & Pick<Task, 'code' | 'row'>): Task {
  return {
    area: 'Cải cách TTHC',
    content: `Nhiệm vụ ${over.code}`,
    shortName: '',
    source: '',
    owner: '',
    coOwners: '',
    startDate: null,
    dueDate: null,
    planNote: '',
    progressStatus: ProgressStatus.InProgress,
    progress: null,
    completedDate: null,
    result: '',
    difficulties: '',
    proposal: '',
    evidence: '',
    evidenceLinks: [],
    ...over,
  };
}
