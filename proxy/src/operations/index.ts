import type { VendorId } from '../vendors';
import { calcomOperations } from './calcom';
import { meltingspotOperations } from './meltingspot';

import { simplymeetOperations } from './simplymeet';

import type { Operation } from './types';
import { volunteersOperations } from './volunteers';
import { workspaceOperations } from './workspace';

/** Every call a browser may make through the proxy, per vendor. Anything else is `unknown_operation`. */
export const allOperations: Readonly<Record<VendorId, readonly Operation[]>> = {
  simplymeet: simplymeetOperations,
  meltingspot: meltingspotOperations,
  workspace: workspaceOperations,
  volunteers: volunteersOperations,
  calcom: calcomOperations,
};
