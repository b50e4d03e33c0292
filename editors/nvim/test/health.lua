-- Test of `:checkhealth isnad` in a real (headless) Neovim: the report's lines.
--   ISNAD_BIN=/path/to/isnad ISNAD_WORK=/tmp/dir nvim --headless -u NONE -c 'luafile editors/nvim/test/health.lua'
-- Three reports: with the server (binary, version, an attached client and its settings),
-- with a server path that does not exist (the error and what to do), and with a server
-- of another version (a warning).
-- Exits with the number of failed checks.
local BIN = assert(os.getenv('ISNAD_BIN'), 'ISNAD_BIN')
local WORK = assert(os.getenv('ISNAD_WORK'), 'ISNAD_WORK')
local PLUGIN = os.getenv('ISNAD_PLUGIN') or vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h:h')
local TIMEOUT = tonumber(os.getenv('ISNAD_TIMEOUT_MS') or '15000')

local failures = 0
local function out(s) io.stdout:write(s .. '\n') end
local function check(name, okay, detail)
  out(('  %s  %s%s'):format(okay and 'ok  ' or 'FAIL', name, detail and ('  (' .. detail .. ')') or ''))
  if not okay then failures = failures + 1 end
end

--- The lines of `:checkhealth isnad` (the report opens in a buffer of its own).
local function report()
  vim.cmd('checkhealth isnad')
  local lines = {}
  vim.wait(TIMEOUT, function()
    lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
    return table.concat(lines, '\n'):find('language server clients', 1, true) ~= nil
  end, 20)
  vim.cmd('bwipeout!')
  return lines
end

local function has_line(lines, pattern)
  for _, l in ipairs(lines) do
    if l:find(pattern) then return l end
  end
end

local function check_line(lines, name, pattern)
  local l = has_line(lines, pattern)
  check(name, l ~= nil, l and vim.trim(l):sub(1, 160) or ('no line matching ' .. pattern))
end

local ok_all, err = xpcall(function()
  vim.opt.runtimepath:prepend(PLUGIN)
  vim.cmd('filetype on')
  local isnad = require('isnad')

  -- 1. Everything in place.
  isnad.setup({ cmd = { BIN, 'lsp' } })
  vim.cmd('edit ' .. vim.fn.fnameescape(WORK .. '/article.txt'))
  local buf = vim.api.nvim_get_current_buf()
  local attached = vim.wait(TIMEOUT, function()
    local c = isnad.get_clients(buf)[1]
    return c ~= nil and c.initialized ~= false and c.server_capabilities ~= nil
  end, 20)
  check('a client attaches before the report', attached)
  local lines = report()
  out('    | ' .. table.concat(lines, '\n    | '))
  local exe = vim.pesc(vim.fn.exepath(BIN))
  check_line(lines, 'reports the binary found', 'OK:? server binary: ' .. exe)
  check_line(lines, 'reports the server version, equal to the plugin\'s', 'OK:? server version: ' .. vim.pesc(isnad.version))
  check_line(lines, 'reports the client attached to the article', 'OK:? client %d+ %(server [%d.?]+%) attached to .*article%.txt')
  check_line(lines, 'reports the client\'s settings', 'client %d+ settings: .*debounceMs')
  check_line(lines, 'reports the root folder', 'client %d+ root: .*' .. vim.pesc(vim.fn.fnamemodify(WORK, ':t')))
  check('no ERROR or WARNING when all is well', not has_line(lines, 'ERROR') and not has_line(lines, 'WARNING'),
    has_line(lines, 'ERROR') or has_line(lines, 'WARNING'))

  -- 2. A server that is not there, and no client.
  local ids = {}
  for _, c in ipairs(isnad.get_clients(buf)) do
    table.insert(ids, c.id)
    if vim.fn.has('nvim-0.11') == 1 then c:stop(true) else c.stop(true) end
  end
  local stopped = vim.wait(TIMEOUT, function()
    for _, id in ipairs(ids) do
      if vim.lsp.get_client_by_id(id) then return false end
    end
    return true
  end, 20)
  check('the client stops', stopped)
  vim.cmd('bwipeout! ' .. buf)
  isnad.setup({ cmd = { '/nonexistent/isnad', 'lsp' }, use_lsp_enable = false })
  lines = report()
  out('    | ' .. table.concat(lines, '\n    | '))
  check_line(lines, 'missing binary: an ERROR naming it', 'ERROR:? server binary not found: /nonexistent/isnad')
  check_line(lines, 'missing binary: says where to get it', 'isnad%-x86_64%-linux%-gnu')
  check_line(lines, 'missing binary: says how to give its path', 'setup{ cmd = ')
  check_line(lines, 'no client: a WARNING', 'WARNING:? no isnad client is running')

  -- 3. A server of another version: a warning that says so.
  local other = WORK .. '/isnad-other'
  vim.fn.writefile({ '#!/bin/sh', 'echo "isnad 9.8.7"' }, other)
  vim.fn.setfperm(other, 'rwxr-xr-x')
  isnad.setup({ cmd = { other, 'lsp' }, use_lsp_enable = false })
  lines = report()
  check_line(lines, 'other version: a WARNING with both versions',
    'WARNING:? server version 9%.8%.7, plugin version ' .. vim.pesc(isnad.version))
end, debug.traceback)
if not ok_all then check('script ran without error', false, err) end
out(('nvim health: %d check(s) failed'):format(failures))
io.stdout:flush()
if failures > 0 then vim.cmd('cquit ' .. failures) else vim.cmd('qall!') end
