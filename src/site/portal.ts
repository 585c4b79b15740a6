import { buildPortalModel, type PortalModel } from '../core/portal-model.ts';
import { loadValidContent } from './content-source.ts';

let model: Promise<PortalModel> | undefined;

/**
 * The portal model for this build, computed once and shared by every page,
 * calendar, feed and API file, so that they all agree on one "now".
 */
export function getPortal(): Promise<PortalModel> {
  model ??= loadValidContent().then(({ content }) => buildPortalModel(content));
  return model;
}
