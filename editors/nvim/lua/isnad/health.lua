-- :checkhealth isnad — is the server there, which version, is a client attached and
-- with which settings, and what to do when something is missing.
local M = {}

-- vim.health on 0.10+, require('health').report_* on 0.7–0.9.
local h = vim.health or require('health')
local start = h.start or h.report_start
local ok = h.ok or h.report_ok
local info = h.info or h.report_info
local warn = h.warn or h.report_warn
local error = h.error or h.report_error

local INSTALL = {
  'Download isnad-x86_64-linux-gnu (or isnad-x86_64-windows.exe) from the isnad release, rename it to isnad and put it on PATH',
  'or, with a Rust toolchain: cargo install --path . in the isnad repository (puts it in ~/.cargo/bin)',
  "or give its full path: require('isnad').setup{ cmd = { '/path/to/isnad', 'lsp' } }",
}

local function version_of(exe)
  local out = vim.fn.system({ exe, '--version' })
  if vim.v.shell_error ~= 0 then
    return nil, vim.trim(out)
  end
  return vim.trim(out):match('%d+%.%d+%.%d+'), vim.trim(out)
end

local function check_binary(isnad)
  local exe = isnad.config.cmd[1]
  local path = vim.fn.exepath(exe)
  if path == '' then
    error(('server binary not found: %s (cmd = %s)'):format(exe, vim.inspect(isnad.config.cmd)), INSTALL)
    return nil
  end
  ok(('server binary: %s'):format(path))
  local v, out = version_of(path)
  if not v then
    error(('`%s --version` failed: %s'):format(path, out), { 'Rebuild or reinstall isnad', INSTALL[1] })
  elseif v ~= isnad.version then
    warn(('server version %s, plugin version %s'):format(v, isnad.version),
      { 'Update the older one: the server (a new release binary) or this plugin (git pull)' })
  else
    ok(('server version: %s (%s)'):format(v, out))
  end
  return path
end

local function buffers_of(client)
  local names = {}
  for b in pairs(client.attached_buffers or {}) do
    if vim.api.nvim_buf_is_valid(b) then -- a wiped-out buffer can linger in the table
      local n = vim.api.nvim_buf_get_name(b)
      table.insert(names, n ~= '' and vim.fn.fnamemodify(n, ':~:.') or ('buffer ' .. b))
    end
  end
  table.sort(names)
  return names
end

local function all_clients()
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ name = 'isnad' })
  end
  local out = {}
  for _, c in pairs(vim.lsp.get_active_clients()) do
    if c.name == 'isnad' then
      table.insert(out, c)
    end
  end
  return out
end

local function check_clients(isnad)
  local clients = all_clients()
  if #clients == 0 then
    warn('no isnad client is running', {
      ('Open an article: isnad attaches to filetypes %s'):format(table.concat(isnad.config.filetypes, ', ')),
      'Check `:set filetype?` in the article; then :IsnadRestart',
      'Messages from the server: :lua vim.cmd.edit(vim.lsp.get_log_path())',
    })
    return
  end
  for _, c in ipairs(clients) do
    local server = c.server_info and c.server_info.version or '?'
    local bufs = buffers_of(c)
    if #bufs > 0 then
      ok(('client %d (server %s) attached to %s'):format(c.id, server, table.concat(bufs, ', ')))
    else
      warn(('client %d (server %s) is attached to no buffer'):format(c.id, server))
    end
    info(('client %d root: %s'):format(c.id, tostring(c.config.root_dir)))
    info(('client %d settings: %s'):format(c.id, vim.inspect(c.config.settings or {}, { newline = ' ', indent = '' })))
  end
end

function M.check()
  start('isnad')
  local loaded, isnad = pcall(require, 'isnad')
  if not loaded then
    error('the isnad plugin does not load: ' .. tostring(isnad), { 'Add editors/nvim of the isnad repository to runtimepath' })
    return
  end
  local v = vim.version()
  info(('Neovim %d.%d.%d; plugin %s; %s'):format(v.major, v.minor, v.patch, isnad.version,
    isnad.setup_called and 'setup() called' or 'setup() not called'))
  if not isnad.setup_called then
    warn("require('isnad').setup{} was not called", { "Call require('isnad').setup{} in init.lua (or opts = {} in lazy.nvim)" })
  end
  check_binary(isnad)
  start('isnad: language server clients')
  check_clients(isnad)
end

return M
