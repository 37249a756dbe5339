import { memberRead, getWorkspaceWith, workspaceRead } from '../../../lambdas/data/workspaces';

describe('getWorkspaceWith', () => {
  it('refuses to read an item of another workspace beside this one, before any request', async () => {
    await expect(getWorkspaceWith('ws_mine', memberRead('ws_theirs', 'a@example.com'))).rejects.toThrow(
      'an item of another workspace was to be read beside workspace ws_mine',
    );
    await expect(getWorkspaceWith('ws_mine', workspaceRead('ws_theirs'))).rejects.toThrow('another workspace');
  });
});
