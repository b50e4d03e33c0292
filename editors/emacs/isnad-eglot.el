;;; isnad-eglot.el --- use the isnad language server from Emacs (eglot)  -*- lexical-binding: t; -*-
;; The snippet quoted in editors/README.md; editors/emacs/test/e2e.el loads this file.
;; Needs eglot (built into Emacs 29, `elpa-eglot' on Debian for Emacs 28) and `isnad' on PATH.
(require 'eglot)
(add-to-list 'eglot-server-programs
             '((text-mode markdown-mode) . ("isnad" "lsp")))
(defun isnad-eglot-ensure ()
  "Start isnad in plain-text and Markdown buffers only (not Org, mail, commit messages…)."
  (when (memq major-mode '(text-mode markdown-mode gfm-mode))
    (eglot-ensure)))
(add-hook 'text-mode-hook #'isnad-eglot-ensure)  ; markdown-mode derives from text-mode
(provide 'isnad-eglot)
;;; isnad-eglot.el ends here
