;;; isnad-eglot.el --- use the isnad language server from Emacs (eglot)  -*- lexical-binding: t; -*-
;; The snippet quoted in editors/README.md; editors/emacs/test/e2e.el loads this file.
;; Needs eglot (built into Emacs 29, `elpa-eglot' on Debian for Emacs 28) and `isnad' on PATH.
(require 'eglot)
(add-to-list 'eglot-server-programs
             '((text-mode markdown-mode) . ("isnad" "lsp")))
(add-hook 'text-mode-hook #'eglot-ensure)      ; markdown-mode derives from text-mode
(provide 'isnad-eglot)
;;; isnad-eglot.el ends here
