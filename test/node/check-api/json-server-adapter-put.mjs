// The json-server adapter without its update setting, so updates are the contract's default (a PUT
// of the changed fields), which json-server takes as the whole record: the misfit --write finds.
import adapter from './json-server-adapter.mjs';

const { update: _update, ...withoutUpdate } = adapter;
export { withoutUpdate as adapter };
