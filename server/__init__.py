"""The sco-kg SPARQL server: create_app(config=None) builds the Flask app over the built graph."""

from __future__ import annotations

from typing import Any, Mapping


def create_app(config: Mapping[str, Any] | None = None):
    """An app from the default settings, then `config` if given, else instance/config.py and SCO_KG_* env."""
    # Imported here so that query worker processes, which import server.worker, never load Flask.
    import weakref

    from flask import Flask

    from server import config as settings
    from server.cors import add_cors_headers
    from server.errors import register_error_handlers
    from server.explanations import bp as explanations_bp
    from server.pages import add_page_headers, csp_nonce, has_asset
    from server.pages import bp as pages_bp
    from server.public import check_host, endpoint_url
    from server.replay import Replay
    from server.state import ServerState
    from server.views import bp as views_bp

    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(settings.defaults())
    if config is None:
        app.config.from_pyfile("config.py", silent=True)
        app.config.from_prefixed_env("SCO_KG")
    else:
        app.config.from_mapping(config)
    app.config.update(settings.coerce(app.config))
    app.config["MAX_CONTENT_LENGTH"] = app.config["MAX_REQUEST_BYTES"]
    state = ServerState.from_config(app.config)
    app.extensions["sco_kg"] = state
    weakref.finalize(app, state.pool.close)
    register_error_handlers(app)
    app.register_blueprint(views_bp)
    app.register_blueprint(explanations_bp)
    app.register_blueprint(pages_bp)
    app.before_request(check_host)
    app.add_template_global(endpoint_url)
    app.add_template_global(csp_nonce)
    app.add_template_global(has_asset)
    app.after_request(add_cors_headers)
    app.after_request(add_page_headers)
    app.wsgi_app = Replay(app.wsgi_app, state.answers, lambda: state.pool.store, app.config["MAX_REQUEST_BYTES"])
    return app
