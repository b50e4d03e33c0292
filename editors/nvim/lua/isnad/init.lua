-- isnad for Neovim: flags unsourced claims in Arabic news articles and explains the
-- people, organisations and places they name, through the `isnad lsp` language server.
--
--   require('isnad').setup{}                       -- Neovim 0.7+
--
-- On Neovim 0.11+ the server is registered with vim.lsp.config + vim.lsp.enable;
-- on 0.8–0.10 it is started with vim.lsp.start; on 0.7 with vim.lsp.start_client
-- and a FileType autocmd.
local M = {}

-- The isnad release this plugin belongs to (`:checkhealth isnad` compares the server's).
M.version = '0.1.0'

local CODES = {
  'unsourced-claim', 'vague-source', 'unattributed-quote', 'loaded-verb',
  'inconsistent-spelling', 'foreign-letter',
}
M.codes = CODES

local defaults = {
  -- The server command. `cmd[1]` is looked up on PATH.
  cmd = { 'isnad', 'lsp' },
  filetypes = { 'text', 'markdown' },
  root_markers = { 'isnad.toml', '.git' },
  -- Sent as initializationOptions and in workspace/didChangeConfiguration (section `isnad`).
  settings = {
    isnad = {
      severity = {
        ['unsourced-claim'] = 'warning',
        ['vague-source'] = 'information',
        ['unattributed-quote'] = 'warning',
        ['loaded-verb'] = 'information',
        ['inconsistent-spelling'] = 'information',
        ['foreign-letter'] = 'warning',
      },
      debounceMs = 50,
      knowledgeBase = { paths = {} },
      minArabicShare = 0.3,
      inlayHints = { enable = true },
    },
  },
  -- Turn inlay hints on in attached buffers (Neovim 0.10+ only).
  inlay_hints = true,
  -- Use vim.lsp.config/vim.lsp.enable on 0.11+ (set false to force the older path).
  use_lsp_enable = true,
  on_attach = nil,
  capabilities = nil,
}

M.config = vim.deepcopy(defaults)
local warned_missing = false

local function has(v)
  return vim.fn.has('nvim-' .. v) == 1
end

local function notify(msg, level)
  vim.schedule(function()
    vim.notify(msg, level or vim.log.levels.INFO, { title = 'isnad' })
  end)
end

--- Upward search for one of the root markers, starting at `path`'s folder.
function M.find_root(path, markers)
  markers = markers or M.config.root_markers
  local dir = vim.fn.fnamemodify(path ~= '' and path or vim.fn.getcwd(), ':p')
  if vim.fn.isdirectory(dir) == 0 then
    dir = vim.fn.fnamemodify(dir, ':h')
  end
  dir = dir:gsub('/+$', '')
  local start = dir ~= '' and dir or '/'
  local cur = start
  while cur and cur ~= '' do
    for _, m in ipairs(markers) do
      if vim.loop.fs_stat(cur .. '/' .. m) then
        return cur
      end
    end
    local parent = vim.fn.fnamemodify(cur, ':h')
    if parent == cur then
      break
    end
    cur = parent
  end
  return start
end

local function executable_ok()
  local exe = M.config.cmd[1]
  if vim.fn.executable(exe) == 1 then
    return true
  end
  if not warned_missing then
    warned_missing = true
    notify(
      ("isnad: the server '%s' was not found. Put the release's isnad-x86_64-linux-gnu on PATH as `isnad` "
        .. "(or `cargo install --path .` in the isnad repository), or pass its full path: "
        .. "require('isnad').setup{ cmd = { '/path/to/isnad', 'lsp' } }. :checkhealth isnad says more."):format(exe),
      vim.log.levels.ERROR
    )
  end
  return false
end

local function enable_inlay_hints(client, bufnr)
  if not M.config.inlay_hints or not (vim.lsp.inlay_hint and vim.lsp.inlay_hint.enable) then
    return
  end
  local caps = client.server_capabilities or {}
  if not caps.inlayHintProvider then
    return
  end
  pcall(vim.lsp.inlay_hint.enable, true, { bufnr = bufnr })
end

local function on_attach(client, bufnr)
  enable_inlay_hints(client, bufnr)
  if M.config.on_attach then
    M.config.on_attach(client, bufnr)
  end
end

local function client_config(root)
  return {
    name = 'isnad',
    cmd = M.config.cmd,
    root_dir = root,
    workspace_folders = root and { { uri = vim.uri_from_fname(root), name = root } } or nil,
    init_options = M.config.settings.isnad,
    settings = M.config.settings,
    capabilities = M.config.capabilities,
    on_attach = on_attach,
  }
end

--- All isnad clients attached to `bufnr` (any Neovim version).
function M.get_clients(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local out = {}
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = bufnr, name = 'isnad' })
  end
  for _, c in pairs(vim.lsp.buf_get_clients(bufnr)) do
    if c.name == 'isnad' then
      table.insert(out, c)
    end
  end
  return out
end

-- Neovim 0.7: one client per root folder, started by hand.
local clients_by_root = {}

--- Attach isnad to a buffer (used on 0.7–0.10; on 0.11+ vim.lsp.enable does it).
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if vim.bo[bufnr].buftype ~= '' or not executable_ok() then
    return
  end
  local root = M.find_root(vim.api.nvim_buf_get_name(bufnr))
  if vim.lsp.start then
    return vim.lsp.start(client_config(root), { bufnr = bufnr })
  end
  local id = clients_by_root[root]
  if not id or not vim.lsp.get_client_by_id(id) or vim.lsp.client_is_stopped(id) then
    id = vim.lsp.start_client(client_config(root))
    if not id then
      return
    end
    clients_by_root[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

-- UTF-16 code-unit column -> 0-based byte column in `line`.
local function utf16_to_byte(line, character)
  local units, i, n = 0, 1, #line
  while i <= n and units < character do
    local b = line:byte(i)
    local len = b < 0x80 and 1 or b < 0xE0 and 2 or b < 0xF0 and 3 or 4
    units = units + (len == 4 and 2 or 1)
    i = i + len
  end
  return i - 1
end
M._utf16_to_byte = utf16_to_byte

--- Turns isnad.listEntities results into location-list items.
function M.entity_items(bufnr, entities)
  local items = {}
  for _, e in ipairs(entities or {}) do
    local line = vim.api.nvim_buf_get_lines(bufnr, e.line, e.line + 1, false)[1] or ''
    local kind = e.type or ''
    table.insert(items, {
      bufnr = bufnr,
      lnum = e.line + 1,
      col = utf16_to_byte(line, e.character) + 1,
      text = ('%s [%s]%s'):format(e.name, kind, e.id and e.id ~= vim.NIL and ('  ' .. tostring(e.id)) or ''),
    })
  end
  return items
end

--- :IsnadEntities — the article's people, organisations and places in the location list.
--- `done(items, err)` is called when the list is filled (for tests and scripts).
function M.entities(bufnr, done)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local client = M.get_clients(bufnr)[1]
  if not client then
    notify('isnad: no isnad server is attached to this buffer', vim.log.levels.WARN)
    if done then done(nil, 'not attached') end
    return
  end
  local params = { command = 'isnad.listEntities', arguments = { vim.uri_from_bufnr(bufnr) } }
  local function handler(err, result)
    if err then
      notify('isnad: isnad.listEntities failed: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
      if done then done(nil, err) end
      return
    end
    local items = M.entity_items(bufnr, result)
    local win = vim.fn.bufwinid(bufnr)
    win = win ~= -1 and win or 0
    vim.fn.setloclist(win, {}, ' ', { title = 'isnad: entities', items = items })
    if #items == 0 then
      notify('isnad: no people, organisations or places found')
    else
      vim.cmd('lopen')
    end
    if done then done(items) end
  end
  if has('0.11') then
    client:request('workspace/executeCommand', params, handler, bufnr)
  else
    client.request('workspace/executeCommand', params, handler, bufnr)
  end
end

--- Restart the isnad clients of the current buffer.
function M.restart()
  local bufs = {}
  for _, c in ipairs(M.get_clients(0)) do
    for b in pairs(c.attached_buffers or {}) do
      bufs[b] = true
    end
    if has('0.11') then c:stop() else c.stop() end
  end
  clients_by_root = {}
  vim.defer_fn(function()
    for b in pairs(bufs) do
      if vim.api.nvim_buf_is_valid(b) then
        if has('0.11') and M._enabled then
          vim.api.nvim_exec_autocmds('FileType', { buffer = b })
        else
          M.attach(b)
        end
      end
    end
  end, 500)
end

local function merge(opts)
  M.config = vim.tbl_deep_extend('force', vim.deepcopy(defaults), opts or {})
end

function M.setup(opts)
  merge(opts)
  M.setup_called = true
  vim.api.nvim_create_user_command('IsnadEntities', function()
    M.entities(0)
  end, { desc = "isnad: list the article's people, organisations and places" })
  vim.api.nvim_create_user_command('IsnadRestart', M.restart, { desc = 'isnad: restart the server' })

  if M.config.use_lsp_enable and vim.lsp.config and vim.lsp.enable and has('0.11') then
    M._enabled = true
    executable_ok()
    vim.lsp.config('isnad', {
      cmd = M.config.cmd,
      filetypes = M.config.filetypes,
      root_markers = M.config.root_markers,
      init_options = M.config.settings.isnad,
      settings = M.config.settings,
      capabilities = M.config.capabilities,
      on_attach = on_attach,
    })
    vim.lsp.enable('isnad')
    return
  end

  local group = vim.api.nvim_create_augroup('isnad', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = M.config.filetypes,
    callback = function(args)
      M.attach(args.buf)
    end,
  })
  -- Buffers already open when setup() runs.
  for _, b in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(b) and vim.tbl_contains(M.config.filetypes, vim.bo[b].filetype) then
      M.attach(b)
    end
  end
end

return M
