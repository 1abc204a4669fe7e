"""Starts the Streamlit server for `arahan app`, telling the browser where the server is.

Opened at a page's address (/graph), Streamlit's frontend cannot tell a page from a
server path prefix, so it first probes /graph/_stcore/health and /graph/_stcore/host-config,
and each probe is a 404 in the browser console. Arahan serves the app at the root, so the
index page this module serves sets `window.__streamlit.BACKEND_BASE_URL` (the frontend's own
setting for an app behind another host) to the origin: the frontend connects there at once.
Everything else is `streamlit run` unchanged.

Usage (what `arahan app` runs): python -m arahan.app.serve app/main.py --server.port 8501 ...
"""

from __future__ import annotations

import sys
from pathlib import Path

# Runs before the frontend's bundle; keeps any setting a host page already made.
BASE_SCRIPT = ("<script>window.__streamlit = Object.assign({}, window.__streamlit || {}, "
               "{BACKEND_BASE_URL: window.location.origin + '/'});</script>")


def _patch_index() -> None:
    from starlette.responses import FileResponse, HTMLResponse
    from streamlit.web.server.starlette import starlette_static_routes as routes

    make_handler = routes.create_streamlit_static_handler

    def handler_with_base(directory: str, base_url: str | None):
        handler = make_handler(directory, base_url)
        if (base_url or "").strip("/"):
            return handler  # served under a prefix: the frontend's own guess is right there
        index = Path(directory, "index.html").read_text(encoding="utf-8").replace("<head>", "<head>" + BASE_SCRIPT, 1)
        get_response = handler.get_response

        async def get_response_with_base(path, scope):
            response = await get_response(path, scope)
            if isinstance(response, FileResponse) and Path(str(response.path)).name == "index.html":
                return HTMLResponse(index, headers={"Cache-Control": "no-cache"})
            return response

        handler.get_response = get_response_with_base
        return handler

    routes.create_streamlit_static_handler = handler_with_base


def main() -> None:
    from streamlit.web import cli

    _patch_index()
    sys.argv = ["streamlit", "run", *sys.argv[1:]]
    sys.exit(cli.main())


if __name__ == "__main__":
    main()
