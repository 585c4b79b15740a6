import type { Content } from '../../load/load.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { andThen, at, didYouMean } from './helpers.ts';

/**
 * The RACI rules: every activity has exactly one Accountable and at least one
 * Responsible, and names only declared roles.
 */
export function checkRaci(content: Content): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const matrix of content.raci) {
    const roles = new Set(matrix.data.roles.map((r) => r.id));
    matrix.data.activities.forEach((activity, index) => {
      const path = ['activities', index];
      const letters = Object.entries(activity.assignments);
      for (const [role] of letters) {
        if (!roles.has(role)) {
          const hint = andThen(didYouMean(role, roles), 'a new role is declared under `roles`');
          diagnostics.push(at(matrix, [...path, 'assignments', role], 'unknown-reference', `unknown role "${role}"`, hint, 'error', 'key'));
        }
      }
      const accountable = letters.filter(([, l]) => l.includes('A')).map(([role]) => role);
      if (accountable.length !== 1) {
        const message = accountable.length === 0
          ? `activity "${activity.name}" has no Accountable role`
          : `activity "${activity.name}" has ${accountable.length} Accountable roles (${accountable.join(', ')})`;
        diagnostics.push(at(matrix, [...path, 'assignments'], 'raci-accountable', message, 'exactly one role owns the outcome: give "A" to one role only'));
      }
      if (!letters.some(([, l]) => l.includes('R'))) {
        diagnostics.push(at(matrix, [...path, 'assignments'], 'raci-responsible', `activity "${activity.name}" has no Responsible role`, 'give "R" to the role(s) that do the work'));
      }
    });
  }
  return diagnostics;
}
