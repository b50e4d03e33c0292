-- End-to-end test of the isnad Neovim plugin in a real (headless) Neovim.
--   ISNAD_BIN=/path/to/isnad ISNAD_WORK=/tmp/dir nvim --headless -u NONE -c 'luafile editors/nvim/test/e2e.lua'
-- ISNAD_WORK must hold article.txt, article.expect.json and an isnad.toml (root marker).
-- Exits with the number of failed checks.
local BIN = assert(os.getenv('ISNAD_BIN'), 'ISNAD_BIN')
local WORK = assert(os.getenv('ISNAD_WORK'), 'ISNAD_WORK')
local PLUGIN = os.getenv('ISNAD_PLUGIN') or vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h:h')
local TIMEOUT = tonumber(os.getenv('ISNAD_TIMEOUT_MS') or '15000')

local failures, results = 0, {}
local function out(s) io.stdout:write(s .. '\n') end
local function check(name, ok, detail)
  if ok then
    out(('  ok    %s%s'):format(name, detail and ('  (' .. detail .. ')') or ''))
  else
    failures = failures + 1
    out(('  FAIL  %s%s'):format(name, detail and (': ' .. detail) or ''))
  end
  results[name] = ok
  return ok
end
local function finish()
  out(('nvim %s: %d check(s) failed'):format(tostring(vim.version and vim.version() and
    (vim.version().major .. '.' .. vim.version().minor .. '.' .. vim.version().patch) or '?'), failures))
  io.stdout:flush()
  if failures > 0 then vim.cmd('cquit ' .. failures) else vim.cmd('qall!') end
end

local ok_all, err = xpcall(function()
  local ver = vim.version()
  out(('Neovim %d.%d.%d, plugin %s, server %s'):format(ver.major, ver.minor, ver.patch, PLUGIN, BIN))
  local expect = vim.fn.json_decode(table.concat(vim.fn.readfile(WORK .. '/article.expect.json'), '\n'))

  vim.opt.runtimepath:prepend(PLUGIN)
  vim.cmd('filetype on')
  local isnad = require('isnad')
  local use_enable = os.getenv('ISNAD_NVIM_USE_ENABLE') ~= '0'
  isnad.setup({ cmd = { BIN, 'lsp' }, use_lsp_enable = use_enable })
  if not use_enable then out('  (vim.lsp.config/enable disabled: testing the vim.lsp.start path)') end
  check('setup defines :IsnadEntities', vim.fn.exists(':IsnadEntities') == 2)
  if vim.fn.has('nvim-0.11') == 1 and use_enable then
    check('0.11+: registered with vim.lsp.config + vim.lsp.enable', isnad._enabled == true)
  end

  vim.cmd('edit ' .. vim.fn.fnameescape(WORK .. '/article.txt'))
  local buf = vim.api.nvim_get_current_buf()
  check('filetype is text', vim.bo[buf].filetype == 'text', vim.bo[buf].filetype)

  local attached = vim.wait(TIMEOUT, function() return #isnad.get_clients(buf) > 0 end, 20)
  if not check('attach', attached, not attached and 'no isnad client attached to the buffer' or nil) then return end
  local client = isnad.get_clients(buf)[1]
  vim.wait(TIMEOUT, function() return client.initialized or client.server_capabilities ~= nil end, 20)
  local root = client.config.root_dir
  check('root detection (isnad.toml)', root and vim.loop.fs_realpath(root) == vim.loop.fs_realpath(WORK), tostring(root))

  -- Diagnostics.
  local function find(code, lnum)
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == code and (lnum == nil or d.lnum == lnum) then return d end
    end
  end
  local got = vim.wait(TIMEOUT, function() return #vim.diagnostic.get(buf) > 0 end, 20)
  check('diagnostics arrive', got, not got and ('none within ' .. TIMEOUT .. ' ms') or nil)
  for _, e in ipairs(expect.diagnostics) do
    local d = find(e.code, e.line)
    local all = {}
    for _, x in ipairs(vim.diagnostic.get(buf)) do table.insert(all, ('%s@%d:%d'):format(tostring(x.code), x.lnum, x.col)) end
    check(('diagnostic %s on line %d'):format(e.code, e.line + 1), d ~= nil,
      d and (('col %d: %s'):format(d.col, d.message:gsub('\n', ' '))) or ('got ' .. table.concat(all, ', ')))
  end

  -- Hover on an entity.
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local hl = expect.hover.line
  local bcol = lines[hl + 1]:find(expect.hover.at, 1, true)
  vim.api.nvim_win_set_cursor(0, { hl + 1, bcol - 1 + 2 })
  local params = vim.lsp.util.make_position_params(0, 'utf-16')
  local res = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, TIMEOUT)
  local text
  for _, r in pairs(res or {}) do
    if r.result and r.result.contents then
      local c = r.result.contents
      text = type(c) == 'string' and c or c.value or (c[1] and (type(c[1]) == 'string' and c[1] or c[1].value))
    end
  end
  local described = false
  for _, d in ipairs(expect.hover.description_any) do
    if text and text:find(d, 1, true) then described = true end
  end
  check(('hover on %s shows its knowledge-base description'):format(expect.hover.at), described,
    text and (text:gsub('\n', ' | ') .. (described and '' or '  <- no description (server hover lacks it)')) or 'empty hover')

  -- A code action (quick fix) applied.
  local qf = expect.quickfix
  local d = find(qf.code, qf.line)
  if check('code action: ' .. qf.code .. ' diagnostic present', d ~= nil) then
    local line = lines[d.lnum + 1]
    local function u16(col) -- byte column -> UTF-16 units
      local units, i = 0, 1
      while i <= col do
        local b = line:byte(i)
        if not b then break end
        local len = b < 0x80 and 1 or b < 0xE0 and 2 or b < 0xF0 and 3 or 4
        units = units + (len == 4 and 2 or 1); i = i + len
      end
      return units
    end
    local lspd = {
      range = { start = { line = d.lnum, character = u16(d.col) }, ['end'] = { line = d.end_lnum or d.lnum, character = u16(d.end_col or d.col) } },
      severity = d.severity, code = d.code, source = d.source, message = d.message,
    }
    local cparams = { textDocument = { uri = vim.uri_from_bufnr(buf) }, range = lspd.range, context = { diagnostics = { lspd } } }
    local cres = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', cparams, TIMEOUT)
    local action
    for _, r in pairs(cres or {}) do
      for _, a in ipairs(r.result or {}) do
        if not action or a.isPreferred then action = a end
      end
    end
    if check('code action offered', action ~= nil, action and action.title or ('no textDocument/codeAction result on line ' .. (qf.line + 1))) then
      if not action.edit and action.data then
        local rr = vim.lsp.buf_request_sync(buf, 'codeAction/resolve', action, TIMEOUT)
        for _, r in pairs(rr or {}) do if r.result then action = r.result end end
      end
      if action.edit then
        vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
      elseif action.command then
        local cmd = type(action.command) == 'table' and action.command or action
        vim.lsp.buf_request_sync(buf, 'workspace/executeCommand', { command = cmd.command, arguments = cmd.arguments }, TIMEOUT)
      end
      local changed = vim.wait(TIMEOUT, function()
        local l = vim.api.nvim_buf_get_lines(buf, qf.line, qf.line + 1, false)[1] or ''
        return l:find(qf.after, 1, true) ~= nil and l:find(qf.before, 1, true) == nil
      end, 20)
      check(('code action applied: %s → %s'):format(qf.before, qf.after), changed,
        (action.title or '?') .. ' / ' .. (vim.api.nvim_buf_get_lines(buf, qf.line, qf.line + 1, false)[1] or ''))
    end
  end

  -- :IsnadEntities fills the location list.
  vim.fn.setloclist(0, {}, 'r', { items = {} })
  vim.cmd('IsnadEntities')
  local filled = vim.wait(TIMEOUT, function() return #vim.fn.getloclist(vim.fn.bufwinid(buf)) > 0 end, 20)
  local ll = vim.fn.getloclist(vim.fn.bufwinid(buf))
  local texts = {}
  for _, it in ipairs(ll) do table.insert(texts, ('%d:%d %s'):format(it.lnum, it.col, it.text)) end
  if check(':IsnadEntities fills the location list', filled, not filled and 'empty (isnad.listEntities unanswered or empty)' or (#ll .. ' entries')) then
    for _, name in ipairs(expect.entities) do
      local hit
      for _, it in ipairs(ll) do
        if it.text:find(name, 1, true) then
          local l = vim.api.nvim_buf_get_lines(buf, it.lnum - 1, it.lnum, false)[1] or ''
          hit = l:sub(it.col, it.col + #name - 1) == name or l:find(name, 1, true) ~= nil
        end
      end
      check(':IsnadEntities lists ' .. name .. ' at its mention', hit, table.concat(texts, '; '))
    end
  end
  pcall(vim.cmd, 'lclose')

  -- Inlay hints (Neovim 0.10+).
  if vim.lsp.inlay_hint and vim.lsp.inlay_hint.is_enabled then
    local caps = client.server_capabilities or {}
    if check('server offers inlay hints', caps.inlayHintProvider ~= nil, caps.inlayHintProvider == nil and 'no inlayHintProvider capability (server feature missing)' or nil) then
      check('plugin enabled inlay hints', vim.lsp.inlay_hint.is_enabled({ bufnr = buf }))
      local n = #vim.api.nvim_buf_get_lines(buf, 0, -1, false)
      local hres = vim.lsp.buf_request_sync(buf, 'textDocument/inlayHint', {
        textDocument = { uri = vim.uri_from_bufnr(buf) },
        range = { start = { line = 0, character = 0 }, ['end'] = { line = n, character = 0 } },
      }, TIMEOUT)
      local hints = {}
      for _, r in pairs(hres or {}) do
        for _, h in ipairs(r.result or {}) do
          local label = type(h.label) == 'string' and h.label or table.concat(vim.tbl_map(function(p) return p.value end, h.label), '')
          table.insert(hints, ('%d:%d %s'):format(h.position.line + 1, h.position.character, label))
        end
      end
      check('inlay hints on the article', #hints > 0, #hints > 0 and table.concat(hints, '; ') or 'none returned')
    end
  end

  -- Semantic tokens: the name under the hover lies in a token typed as a person (`class`).
  do
    local caps = client.server_capabilities or {}
    local provider = caps.semanticTokensProvider
    if check('server offers semantic tokens', provider ~= nil, provider == nil and 'no semanticTokensProvider capability (server feature missing)' or nil) then
      local legend = provider.legend or { tokenTypes = {} }
      local sres = vim.lsp.buf_request_sync(buf, 'textDocument/semanticTokens/full', {
        textDocument = { uri = vim.uri_from_bufnr(buf) },
      }, TIMEOUT)
      local data = {}
      for _, r in pairs(sres or {}) do
        if r.result and r.result.data then data = r.result.data end
      end
      -- Decode the relative 5-tuples; columns are UTF-16 (the fixture line before
      -- the name is all in the Basic Multilingual Plane, so characters = units).
      local want_line = expect.hover.line
      local text = vim.api.nvim_buf_get_lines(buf, want_line, want_line + 1, false)[1] or ''
      local at = text:find(expect.hover.at, 1, true)
      local want_col = at and vim.fn.strchars(text:sub(1, at - 1)) or -1
      local line, col, found = 0, 0, nil
      for i = 1, #data, 5 do
        if data[i] > 0 then col = 0 end
        line = line + data[i]
        col = col + data[i + 1]
        if line == want_line and col <= want_col and want_col < col + data[i + 2] then
          found = legend.tokenTypes[data[i + 3] + 1]
        end
      end
      check(('%s is highlighted as a person (semantic token "class")'):format(expect.hover.at), found == 'class',
        ('%d tokens; at %d:%d: %s'):format(#data / 5, want_line, want_col, tostring(found)))
    end
  end

  -- Typing a new unsourced sentence produces a new diagnostic.
  local last = vim.api.nvim_buf_line_count(buf)
  vim.api.nvim_buf_set_lines(buf, last, last, false, { '', expect.typed.text })
  local newline = last + 1
  local appeared = vim.wait(TIMEOUT, function() return find(expect.typed.code, newline) ~= nil end, 20)
  check(('typing "%s" gives %s'):format(expect.typed.text, expect.typed.code), appeared)

  -- A missing binary: a plain error message that says how to fix it.
  local said
  local notify = vim.notify
  vim.notify = function(msg, level) if level == vim.log.levels.ERROR then said = msg end end
  package.loaded['isnad'] = nil
  require('isnad').setup({ cmd = { '/nonexistent/isnad', 'lsp' }, use_lsp_enable = use_enable })
  vim.cmd('enew')
  vim.bo.filetype = 'text'
  vim.wait(3000, function() return said ~= nil end, 20)
  vim.notify = notify
  check('a missing server binary is reported with how to fix it',
    said ~= nil and said:find('not found', 1, true) ~= nil and said:find('cmd', 1, true) ~= nil, said or 'no error message')
end, debug.traceback)

if not ok_all then
  check('script ran without error', false, err)
end
finish()
