export {
  createCalcomSigner,
  createMeltingspotSigner,
  createSimplymeetSigner,
  createVolunteersSigner,
} from './static';
export { type FetchLike, type Signer, SignerError } from './types';
export { createWorkspaceSigner, type WorkspaceSignerOptions } from './workspace';
