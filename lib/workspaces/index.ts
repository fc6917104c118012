export { createWorkspace, listMyWorkspaces } from "./workspaces";
export { listMembers, addMember, changeMemberRole, removeMember } from "./members";
export { DEFAULT_RATINGS } from "./rating-scale";
export { slugSchema, createWorkspaceInput } from "./schemas";
export { workspaceSettings, updateWorkspaceSettings, workspaceSettingsInput } from "./settings";
