-- Neovim 0.11+: `vim.lsp.enable('isnad')` works with this file alone (no setup() needed).
return {
  cmd = { 'isnad', 'lsp' },
  filetypes = { 'text', 'markdown' },
  root_markers = { 'isnad.toml', '.git' },
}
