/**
 * Course progress on the training pages: a lesson can be marked as done, and
 * the course page counts the lessons done and links the next one. Without
 * JavaScript, or where the browser keeps no storage, the progress sections
 * stay hidden and the pages read as they do without it.
 */
import { browserStorage, clearDone, courseProgress, markDone, progressKey, progressWords, readDone, type CourseLesson } from './progress-store.ts';

const storage = browserStorage();
const key = progressKey(import.meta.env.BASE_URL);
const refusal = 'This browser did not keep it (private browsing or storage switched off).';

const lessonSection = document.querySelector<HTMLElement>('[data-progress-lesson]');
const courseSection = document.querySelector<HTMLElement>('[data-progress-course]');

/** The course's lessons as a lesson page lists them: ids only, in course order. */
const lessonIds = (section: HTMLElement): Pick<CourseLesson, 'id'>[] =>
  (section.dataset.course ?? '').split(' ').filter(Boolean).map((id) => ({ id }));

/**
 * Shows a progress section once it is filled in, and fills it in again when
 * another tab changes the progress or the page comes back from the
 * back-forward cache, where it would show what it showed when left.
 */
function keepShown(section: HTMLElement, render: () => void): void {
  render();
  section.hidden = false;
  addEventListener('storage', (event) => event.key === key && render());
  addEventListener('pageshow', (event) => event.persisted && render());
}

/** The course's lessons as the course page lists them, from its cards. */
const cards = (): { lesson: CourseLesson; mark: HTMLElement | null }[] =>
  [...document.querySelectorAll<HTMLElement>('[data-lesson]')].map((card) => {
    const link = card.querySelector<HTMLAnchorElement>('h2 a');
    return { lesson: { id: card.dataset.lesson!, title: link?.textContent?.trim() ?? '', href: link?.href ?? '' }, mark: card.querySelector('[data-progress-mark]') };
  });

function showLesson(section: HTMLElement): void {
  const lesson = section.dataset.progressLesson!;
  const box = section.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
  const status = section.querySelector<HTMLElement>('[data-progress-status]')!;
  const render = (said?: string) => {
    const done = readDone(storage, key);
    box.checked = done.has(lesson);
    status.textContent = said ?? `${progressWords(courseProgress(lessonIds(section), done))} in this course.`;
  };
  box.addEventListener('change', () => {
    const saved = markDone(storage, key, lesson, box.checked);
    render(saved ? undefined : refusal);
  });
  keepShown(section, render);
}

function showCourse(section: HTMLElement): void {
  const bar = section.querySelector('progress')!;
  const status = section.querySelector<HTMLElement>('[data-progress-status]')!;
  const next = section.querySelector<HTMLAnchorElement>('[data-progress-next] a')!;
  const reset = section.querySelector<HTMLButtonElement>('[data-progress-reset]')!;
  const render = (said?: string) => {
    const listed = cards();
    const done = readDone(storage, key);
    const progress = courseProgress(listed.map((c) => c.lesson), done);
    bar.max = progress.total;
    bar.value = progress.done;
    status.textContent = said ?? progressWords(progress);
    next.parentElement!.hidden = !progress.next;
    if (progress.next) {
      next.href = progress.next.href;
      next.textContent = `${progress.done === 0 ? 'Start with' : 'Continue with'} ${progress.next.title}`;
    }
    reset.hidden = progress.done === 0;
    for (const { lesson, mark } of listed) if (mark) mark.hidden = !done.has(lesson.id);
  };
  reset.addEventListener('click', () => {
    const cleared = clearDone(storage, key);
    render(cleared ? undefined : refusal);
    // Focus goes to what comes next: the first lesson, or, when the browser kept the progress, the button itself.
    (next.parentElement!.hidden ? reset : next).focus();
  });
  keepShown(section, render);
}

if (storage) {
  if (lessonSection) showLesson(lessonSection);
  if (courseSection) showCourse(courseSection);
}

export {};
