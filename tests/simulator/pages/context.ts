import type { SimState } from '../model/state';
import type { Paths } from '../routes';
import type { Variant } from '../variant';

/** What every page is drawn with: the records, the markup variant and URLs in that variant. */
export interface Ctx {
  state: SimState;
  variant: Variant;
  paths: Paths;
}
