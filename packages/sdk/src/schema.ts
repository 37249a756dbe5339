/* Generated from the OpenAPI document by packages/sdk/scripts/generate-types.ts: do not edit. */
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that the API, its table and its bucket answer
         * @description Public. Answers 200 when the table and the bucket both answer, otherwise 503 `SERVICE_UNAVAILABLE` with the failing checks in `details`.
         */
        get: operations["healthGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The OpenAPI 3.1 document of this API */
        get: operations["docsOpenapi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Interactive API documentation (Swagger UI) */
        get: operations["docsPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/{asset}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A static file of the documentation page */
        get: operations["docsAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's workspaces with the caller's role, earliest membership first */
        get: operations["workspacesList"];
        put?: never;
        /**
         * Create a workspace; the caller becomes its owner
         * @description Tier `free`. A protected system agent `default` is created with it. Needs a bearer token (API keys belong to one workspace). A user may own at most 5 workspaces they created (environment config): one more answers 403 `QUOTA_EXCEEDED` with `owned` and `allowed` and creates nothing, also under concurrent creates. Leaving a created workspace, or stepping down from owner there, frees a place.
         */
        post: operations["workspacesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{ws}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A workspace the caller is a member of */
        get: operations["workspacesGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, set default LLM settings, override the agent limit (owners) or change the tier and monthly spend budget (platform operators)
         * @description A `default_llm` naming the `local` provider answers 422 MODEL_NOT_ALLOWED anywhere but the local runtime. New agents that name no model get `default_llm`'s, and its `temperature` and `max_tokens` in their `configuration`; agents that exist keep theirs.
         */
        patch: operations["workspacesUpdate"];
        trace?: never;
    };
    "/api/workspaces/{ws}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's members */
        get: operations["workspacesMembersList"];
        put?: never;
        /** Add a member by email (owners and admins; only owners add owners) */
        post: operations["workspacesMembersAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{ws}/members/{user}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member (or leave); the last owner cannot be removed (409 LAST_OWNER)
         * @description `{user}` is the member's email. Their agent shares and agent-admin entries in this workspace are deleted and every API key they created is revoked.
         */
        delete: operations["workspacesMembersRemove"];
        options?: never;
        head?: never;
        /**
         * Change a member's role; the last owner cannot be demoted (409 LAST_OWNER)
         * @description `{user}` is the member's email.
         */
        patch: operations["workspacesMembersUpdate"];
        trace?: never;
    };
    "/api/workspaces/{ws}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's API keys (never their secrets) */
        get: operations["workspacesApiKeysList"];
        put?: never;
        /**
         * Create an API key; its secret is in this answer only
         * @description Owners and admins, signed in (API keys cannot create keys: 403). A key acts with the rights its scopes name — `admin` for credentials export, direct file access and plugin publishing; it never approves held steps. It records its creator (`created_by`) and is revoked when they leave the workspace; with `expires_at` it answers 401 after that time.
         */
        post: operations["workspacesApiKeysCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{ws}/api-keys/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key; the next request with it answers 401 */
        delete: operations["workspacesApiKeysRevoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{ws}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Today's requests, remaining quota, agents used and allowed, this month's model spend and budget */
        get: operations["workspacesUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{ws}/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's model and storage integrations (never their credentials) */
        get: operations["integrationsList"];
        put?: never;
        /**
         * Connect a model or storage provider (owners and admins)
         * @description Credentials are encrypted with a data key of the integration's own (KMS envelope encryption) and never returned. At most one default per kind; new agents get the workspace's default of each kind (llm_integration_id, embedding_integration_id, storage_integration_id).
         */
        post: operations["integrationsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{ws}/integrations/{integration}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One integration (never its credentials) */
        get: operations["integrationsGet"];
        put?: never;
        post?: never;
        /** Remove an integration; refused (409 INTEGRATION_IN_USE) while agents use it */
        delete: operations["integrationsDelete"];
        options?: never;
        head?: never;
        /**
         * Rename, reconfigure, replace credentials or make it the default of its kind (owners and admins)
         * @description `kind` cannot change (agents point at it by kind). Honours `If-Match`.
         */
        patch: operations["integrationsUpdate"];
        trace?: never;
    };
    "/api/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Agents of the current workspace the caller can see, filtered and sorted
         * @description Owners and admins see every agent, read from an index in the requested order: one filter value (`status`, `type`, `role`, `maturity_level`, each tag, the first 1–3 characters of the name for `q`) has its own index entries, so a filtered page costs the same at any workspace size; with several filters the most selective one is read and the others checked on the agents read (a page whose rows mostly fail them comes back short, with `next_cursor`). `runtime_state` is always checked that way. `total` is exact for an unfiltered list and for a single filter value (one `status`, `type`, `role`, `maturity_level`, one tag, or `q` of at most 3 characters), from counters kept with the agents; for several filters, several tags or a longer `q` it is exact only when the first page holds the whole list, else null. `page` reaches at most the first 1,000 agents (`page` × `limit` ≤ 1000; past it 400 INVALID_INPUT: page on with `cursor`). Members see the agents they created, administer or were shared, filtered and paged in memory.
         */
        get: operations["agentsList"];
        put?: never;
        /**
         * Create an agent
         * @description The slug comes from the name unless sent; a taken slug answers 409 NAME_TAKEN; the tier limit 403 AGENT_LIMIT_EXCEEDED. A `maturity_level` above `student` or `autonomy_enabled: true` needs a workspace owner or admin (API keys: `admin` scope); others answer 403. A model outside the tier's allow-list answers 422 MODEL_NOT_ALLOWED listing the allowed ids; so does the `local` provider anywhere but the local runtime. `template` names a built-in template (`business-assistant`, `research-assistant`, `support-agent`, `bookkeeper`) or one of the workspace's own (`GET /api/agent-templates`), whose type, system_prompt, instruction_template and capabilities fill what the request leaves out, whose configuration sits under the request's, and whose plugins are assigned with the agent (422 PLUGIN_NOT_ENABLED when one is not enabled, nothing created); another name answers 422 TEMPLATE_NOT_FOUND. Without `llm_provider`/`llm_model`, the workspace's `default_llm` model applies, and its `temperature` and `max_tokens` are copied into `configuration` beneath the template's and the request's keys. An avatar may come with the fields: `avatar` (an https URL, which `GET /api/agents/{agent}/avatar` redirects to; null removes it) or `avatar_base64` + `avatar_filename`, checked as `POST /api/agents/{agent}/avatar` checks it (400 when not a PNG, JPEG, GIF or WebP by its first bytes; 413 over 2 MiB) and stored before the agent's write names it.
         */
        post: operations["agentsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An agent, by id or slug
         * @description The agent with `is_owner`, its plugins (`plugins`: id and priority; names, versions and marketplace details at `GET /api/agents/{agent}/plugins`), the skills those plugins bring (`skills`) and `schedules_count`.
         */
        get: operations["agentsGet"];
        /**
         * Change an agent (same as PATCH)
         * @description PATCH semantics for PUT and PATCH alike: absent fields stay, `null` clears, `configuration` merges key by key. `If-Match` → 412 when stale. Turning autonomy on or read-only off needs a workspace owner or admin (API keys: `admin` scope), else 403. A model outside the tier's allow-list answers 422 MODEL_NOT_ALLOWED listing the allowed ids. An avatar may come with the fields: `avatar` (an https URL, which `GET /api/agents/{agent}/avatar` redirects to; null removes it) or `avatar_base64` + `avatar_filename`, checked as `POST /api/agents/{agent}/avatar` checks it (400 when not a PNG, JPEG, GIF or WebP by its first bytes; 413 over 2 MiB) and stored before the agent's write names it.
         */
        put: operations["agentsPut"];
        post?: never;
        /**
         * Delete an agent (soft: its name is free again)
         * @description The workspace system agent answers 403; an agent with executions pending, running or awaiting approval 409 AGENT_BUSY.
         */
        delete: operations["agentsDelete"];
        options?: never;
        head?: never;
        /**
         * Change an agent
         * @description PATCH semantics for PUT and PATCH alike: absent fields stay, `null` clears, `configuration` merges key by key. `If-Match` → 412 when stale. Turning autonomy on or read-only off needs a workspace owner or admin (API keys: `admin` scope), else 403. A model outside the tier's allow-list answers 422 MODEL_NOT_ALLOWED listing the allowed ids. An avatar may come with the fields: `avatar` (an https URL, which `GET /api/agents/{agent}/avatar` redirects to; null removes it) or `avatar_base64` + `avatar_filename`, checked as `POST /api/agents/{agent}/avatar` checks it (400 when not a PNG, JPEG, GIF or WebP by its first bytes; 413 over 2 MiB) and stored before the agent's write names it.
         */
        patch: operations["agentsPatch"];
        trace?: never;
    };
    "/api/agents/{agent}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the agent (runtime_state running) after its health check; reports whether its plugins' credentials are present
         * @description The health check runs first and is stored on the agent; a failing check answers 409 AGENT_UNHEALTHY with one detail per failing capability (`check`, `issue`), unless `force` is true (in the body, or `?force=true`). An agent that is not active or published answers 409 INVALID_TRANSITION. Four capabilities are checked from what is stored, without calling anything: `model` (the provider is known and usable here and the credentials it needs are stored: the llm integration's when `llm_integration_id` is set, else the agent's; bedrock needs none, openai-compatible `OPENAI_API_KEY` or `API_KEY`, or an `OPENAI_BASE_URL`), `plugins` (every assigned plugin is still enabled in the workspace), `credentials` (every credential the assigned plugins' running versions require is stored) and `integrations` (every integration the agent names exists, of the right kind). The result is stored on the agent: `start`, this route, and changes of the agent's credentials (inject, import, remove), plugins (PUT), `llm_provider`, `llm_integration_id` or `storage_integration_id` check again; every other read of the agent shows the last stored result (`checked_at` null: never checked).
         */
        post: operations["agentsStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop the agent (runtime_state stopped) */
        post: operations["agentsStop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the agent's health now
         * @description Four capabilities are checked from what is stored, without calling anything: `model` (the provider is known and usable here and the credentials it needs are stored: the llm integration's when `llm_integration_id` is set, else the agent's; bedrock needs none, openai-compatible `OPENAI_API_KEY` or `API_KEY`, or an `OPENAI_BASE_URL`), `plugins` (every assigned plugin is still enabled in the workspace), `credentials` (every credential the assigned plugins' running versions require is stored) and `integrations` (every integration the agent names exists, of the right kind). The result is stored on the agent: `start`, this route, and changes of the agent's credentials (inject, import, remove), plugins (PUT), `llm_provider`, `llm_integration_id` or `storage_integration_id` check again; every other read of the agent shows the last stored result (`checked_at` null: never checked). With `probe=true`, a model whose configuration passes is also called once, minimally (a one-token answer), through the provider its executions use; a failed call makes `model` unhealthy with the provider's reason. A probe spends as a run does, so it takes the `execute` scope and use rights to the agent (403 FORBIDDEN otherwise), and a model the workspace's tier does not allow is reported unhealthy without being called.
         */
        get: operations["agentsHealthGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Rename: the slug moves with the name; id, schedules and shares stay
         * @description A taken name answers 409 NAME_TAKEN; an agent with executions pending, running or awaiting approval 409 AGENT_BUSY.
         */
        put: operations["agentsRename"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The built-in agent templates and the current workspace's own, by name
         * @description Built in: `business-assistant`, `research-assistant`, `support-agent`, `bookkeeper`. The workspace's templates are read whole (a workspace keeps a handful) and paged with the built-in ones. A caller with no workspace yet gets the built-in ones.
         */
        get: operations["agentTemplatesList"];
        put?: never;
        /**
         * Create a template of the current workspace (owners and admins)
         * @description As `PUT /api/agent-templates/{template}` with the name in the body, but only when the workspace has no template by that name: 409 NAME_TAKEN otherwise. The built-in names (`business-assistant`, `research-assistant`, `support-agent`, `bookkeeper`) are reserved: 403 FORBIDDEN.
         */
        post: operations["agentTemplatesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent-templates/{template}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A built-in template or one of the current workspace's
         * @description 404 NOT_FOUND for a name that is neither (templates of other workspaces included).
         */
        get: operations["agentTemplatesGet"];
        /**
         * Create or replace a template of the current workspace (owners and admins)
         * @description Replaces the template whole and bumps its `version`; fields left out fill nothing. The built-in names (`business-assistant`, `research-assistant`, `support-agent`, `bookkeeper`) are reserved: 403 FORBIDDEN. Agents already created from the template keep what it filled.
         */
        put: operations["agentTemplatesPut"];
        post?: never;
        /**
         * Delete a template of the current workspace (owners and admins)
         * @description Built-in templates cannot be deleted: 403 FORBIDDEN. 404 NOT_FOUND when the workspace has none by that name. Agents created from it keep what it filled.
         */
        delete: operations["agentTemplatesDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agent's LLM settings
         * @description Provider, model, temperature and max tokens (the last two stored in `configuration`); PUT changes the fields it names, `null` removes a temperature or token override; a model outside the tier's allow-list answers 422 MODEL_NOT_ALLOWED listing the allowed ids.
         */
        get: operations["agentsSettingsGet"];
        /**
         * Change the agent's LLM settings
         * @description Provider, model, temperature and max tokens (the last two stored in `configuration`); PUT changes the fields it names, `null` removes a temperature or token override; a model outside the tier's allow-list answers 422 MODEL_NOT_ALLOWED listing the allowed ids. Publishes `agent.updated` and adds a line to the agent's log; `If-Match` → 412 when stale.
         */
        put: operations["agentsSettingsPut"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/autonomy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agent's autonomy switch
         * @description With `enabled: false` (the default) create and high-risk steps wait in `awaiting_approval`. Turning it on needs a workspace owner or admin (API keys: `admin` scope), else 403.
         */
        get: operations["agentsAutonomyGet"];
        /**
         * Change the agent's autonomy switch
         * @description With `enabled: false` (the default) create and high-risk steps wait in `awaiting_approval`. Turning it on needs a workspace owner or admin (API keys: `admin` scope), else 403. Publishes `agent.updated` and adds a line to the agent's log; `If-Match` → 412 when stale.
         */
        put: operations["agentsAutonomyPut"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/read-only": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agent's read-only switch
         * @description With `enabled: true` the agent may use only read and analyze tools, and its egress steps (`http.get`, plugin HTTPS tools) wait for approval. Turning it off needs a workspace owner or admin (API keys: `admin` scope), else 403.
         */
        get: operations["agentsReadOnlyGet"];
        /**
         * Change the agent's read-only switch
         * @description With `enabled: true` the agent may use only read and analyze tools, and its egress steps (`http.get`, plugin HTTPS tools) wait for approval. Turning it off needs a workspace owner or admin (API keys: `admin` scope), else 403. Publishes `agent.updated` and adds a line to the agent's log; `If-Match` → 412 when stale.
         */
        put: operations["agentsReadOnlyPut"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/timeout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agent's execution timeout
         * @description Seconds an execution may run before it is `timed_out`: 10–3600, default 300.
         */
        get: operations["agentsTimeoutGet"];
        /**
         * Change the agent's execution timeout
         * @description Seconds an execution may run before it is `timed_out`: 10–3600, default 300. Publishes `agent.updated` and adds a line to the agent's log; `If-Match` → 412 when stale.
         */
        put: operations["agentsTimeoutPut"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the agent is and how it runs: template, capabilities, runtime, resources, LLM, maturity */
        get: operations["agentsInfoGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agent's most recent log lines, oldest first
         * @description One line per lifecycle or change event of the agent (and, with executions, per run), kept 30 days.
         */
        get: operations["agentsLogsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agent's execution statistics: counts, success rate, tokens, cost, duration p50/p95
         * @description Read from one aggregate the executions update as they finish; zeros and nulls before the first run.
         */
        get: operations["agentsStatsGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/avatar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agent's avatar: a redirect to a short-lived link to the image
         * @description Answers 302 with `Location` set to a presigned GET of the stored image, valid for 5 minutes (the body repeats it); an agent without an avatar answers 404 AVATAR_NOT_FOUND. This is the route an agent's `avatar_url` names.
         */
        get: operations["agentsAvatarGet"];
        put?: never;
        /**
         * Set the agent's avatar: PNG, JPEG, GIF or WebP, at most 2 MiB
         * @description The type is read from the image's first bytes (anything else: 400 on `avatar_base64`); `avatar_filename` is informational and its extension is not checked. Over 2 MiB decoded: 413. The image is stored in the files bucket under the agent's prefix, named by its SHA-256; the agent's `avatar_url` then names `GET /api/agents/{agent}/avatar`, which redirects to it. Publishes `agent.updated`.
         */
        post: operations["agentsAvatarUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Share the agent with a workspace member by email (`use`: read and execute; `view`: read) */
        post: operations["agentsShare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the agent is shared with */
        get: operations["agentsShares"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/share/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop sharing the agent with someone */
        delete: operations["agentsUnshare"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/admins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agent's admins (full control except delete) */
        get: operations["agentsAdminsList"];
        put?: never;
        /** Make a workspace member an admin of the agent */
        post: operations["agentsAdminsAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/admins/{admin}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove one of the agent's admins
         * @description `{admin}` is the admin's email.
         */
        delete: operations["agentsAdminsRemove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/credentials/inject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or replace credentials
         * @description Names `^[A-Z][A-Z0-9_]{0,63}$`, values ≤ 16 KiB, at most 100 per agent (403 QUOTA_EXCEEDED beyond). Answers the status.
         */
        post: operations["credentialsInject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/credentials/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Names, last change and fingerprint of each credential; never values */
        get: operations["credentialsStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/credentials/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one credential */
        delete: operations["credentialsRemove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/credentials/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A passphrase-protected bundle of every credential, for import into another agent or deployment
         * @description Format `agent-platform/credentials` version 1: scrypt (N=2^17, r=8, p=1; imports accept N from 2^15 to 2^17 and nothing costlier) derives an AES-256-GCM key; base64 of JSON.
         */
        post: operations["credentialsExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/credentials/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an exported bundle (merge or replace)
         * @description A wrong passphrase or an altered bundle answers 422 INVALID_BUNDLE and writes nothing.
         */
        post: operations["credentialsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agent's files: one folder level (or every file with `recursive=true`), by path
         * @description `prefix` narrows the listing; folders appear as entries of `type: folder` whose path ends in `/`. Pages by `cursor` or `page`. Every page reads S3 from where the previous one ended, only the keys it needs (one S3 call for any page), whatever the agent holds. S3 keeps no counts, so `total` and `pages` are null unless the page, read from the first entry, reaches the end of the listing; `page` × `limit` past 1,000 answers 400 pointing to `cursor`. A listing also settles the storage reservations of presigned uploads whose URLs have expired. A prefix under `mounts/<publisher-slug>/<folder>/` lists that mounted folder (paths shown under the prefix); a one-level listing on the way down to one shows it as folder entries (`mounts/`, `mounts/<publisher-slug>/`, `mounts/<publisher-slug>/<folder>/`); a recursive listing of anything else walks the agent's own files only. A folder the agent mounts (`PUT …/folders`) is its publisher's files under `mounts/<publisher-slug>/<folder>/`, resolved on every request: readable always, changeable only when published with `write` access (otherwise 403 `FORBIDDEN`), and charged to the publisher's file at that path. `mounts/` belongs to the mounts: a path there that no current mount resolves (never mounted, unmounted, unpublished, or its publisher deleted) answers 404 `FILE_NOT_FOUND`.
         */
        get: operations["agentsFilesList"];
        /**
         * Store a file at `path`, replacing any: the body is the file, at most 4 MiB
         * @description The body is stored as sent, with its `Content-Type` (default application/octet-stream); send binary files as application/octet-stream (or another binary type such as image/*, application/pdf or application/zip) so that they arrive unchanged. 4 MiB is what fits a Lambda request once API Gateway has base64-encoded it; larger files go through `POST …/files/uploads` (over the limit: 413). Every agent of the workspace shares its tier's storage quota (free 100 MiB, solo 1 GiB, team 10 GiB, enterprise unlimited); a change that would exceed it answers 403 `QUOTA_EXCEEDED` with `used_bytes`, `limit_bytes` and `requested_bytes`. Replacing a file counts only the difference from what the file was charged, and deleting it gives that back once, however many requests race; the counter never goes below zero. A folder the agent mounts (`PUT …/folders`) is its publisher's files under `mounts/<publisher-slug>/<folder>/`, resolved on every request: readable always, changeable only when published with `write` access (otherwise 403 `FORBIDDEN`), and charged to the publisher's file at that path. `mounts/` belongs to the mounts: a path there that no current mount resolves (never mounted, unmounted, unpublished, or its publisher deleted) answers 404 `FILE_NOT_FOUND`.
         */
        put: operations["agentsFilesUpload"];
        post?: never;
        /**
         * Delete a file; its bytes return to the workspace quota
         * @description A path with no file: 404 `FILE_NOT_FOUND`. A folder the agent mounts (`PUT …/folders`) is its publisher's files under `mounts/<publisher-slug>/<folder>/`, resolved on every request: readable always, changeable only when published with `write` access (otherwise 403 `FORBIDDEN`), and charged to the publisher's file at that path. `mounts/` belongs to the mounts: a path there that no current mount resolves (never mounted, unmounted, unpublished, or its publisher deleted) answers 404 `FILE_NOT_FOUND`.
         */
        delete: operations["agentsFilesDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/files/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A presigned URL to upload a large file (up to 5 GiB) straight to S3
         * @description PUT exactly `size` bytes to `url` with `headers` within 15 minutes; S3 refuses any other length. Every agent of the workspace shares its tier's storage quota (free 100 MiB, solo 1 GiB, team 10 GiB, enterprise unlimited); a change that would exceed it answers 403 `QUOTA_EXCEEDED` with `used_bytes`, `limit_bytes` and `requested_bytes`. Replacing a file counts only the difference from what the file was charged, and deleting it gives that back once, however many requests race; the counter never goes below zero. The bytes are reserved now: an upload that lands keeps them (the bucket's notification settles the reservation); one that never comes gives them back when the path is next written, deleted or presigned through the API, or when the agent's files are listed after the URL's expiry plus an hour. Whatever lands is charged at its stored size, even after the path was changed through the API. A request presigning a path while another does answers 409 `CONCURRENT_MODIFICATION` and reserves nothing; send it again. A folder the agent mounts (`PUT …/folders`) is its publisher's files under `mounts/<publisher-slug>/<folder>/`, resolved on every request: readable always, changeable only when published with `write` access (otherwise 403 `FORBIDDEN`), and charged to the publisher's file at that path. `mounts/` belongs to the mounts: a path there that no current mount resolves (never mounted, unmounted, unpublished, or its publisher deleted) answers 404 `FILE_NOT_FOUND`.
         */
        post: operations["agentsFilesUploadsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/files/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file: 302 to a presigned S3 URL valid for 5 minutes
         * @description The URL is in `Location` and in the body; it names the file for saving (`Content-Disposition: attachment`). A path with no file: 404 `FILE_NOT_FOUND`. Locally the URL points at the S3 stand-in. A folder the agent mounts (`PUT …/folders`) is its publisher's files under `mounts/<publisher-slug>/<folder>/`, resolved on every request: readable always, changeable only when published with `write` access (otherwise 403 `FORBIDDEN`), and charged to the publisher's file at that path. `mounts/` belongs to the mounts: a path there that no current mount resolves (never mounted, unmounted, unpublished, or its publisher deleted) answers 404 `FILE_NOT_FOUND`.
         */
        get: operations["agentsFilesDownload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Short-lived direct access to the agent's files (the serverless form of SSH access)
         * @description Owners, workspace admins and agent admins only; a read-only agent's files are only ever granted for reading. Temporary AWS credentials from STS AssumeRole of the stack's agent-files role, with a session policy that allows listing and reading — and with `write`, uploading and deleting — only keys under the agent's `prefix`; they expire after `ttl_seconds` (STS's minimum is 900). Use them with any S3 client, at `endpoint` when it is set. The local runtime answers the same: its STS stand-in issues the session and its S3 stand-in holds every request signed with it to the session policy, as S3 does; it refuses multi-object delete (`DeleteObjects`) from such a session, which S3 would allow key by key. Writes made with direct access are charged all the same: the bucket reports every object created or removed, and the workspace's storage counter follows within seconds. An object that would take the workspace past its storage quota is removed, and a `file.rejected` event (reason `storage_quota`) is published. The folders the agent mounts are reached too, at their publishers' prefixes (`mounts`: read, and write for a folder mounted read-write in a `write` grant); STS takes a session policy of at most 2,048 characters, so mounts past it, and those whose path holds `*`, `?` or `$` (IAM patterns), are left out and named in `mounts_left_out`.
         */
        post: operations["agentsAccessCredentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The folders the agent publishes and the folders it mounts */
        get: operations["agentsFoldersGet"];
        /**
         * Replace the agent's folder configuration: what it publishes and what it mounts
         * @description Replaces both lists in one transaction. Unpublishing a folder other agents mount answers 409 FOLDER_IN_USE with them in `details`; a mount that names an agent the caller cannot read (or of another workspace) answers 422 MOUNT_AGENT_NOT_FOUND, one of this agent 422 MOUNT_OWN_FOLDER, a folder that is not published 422 FOLDER_NOT_PUBLISHED, and one that closes a cycle of write mounts 422 MOUNT_CYCLE with the cycle in `details`; mounting a folder published for writing takes manage access to its publisher (403 FORBIDDEN naming the mount otherwise). A mounted folder appears in the agent’s files and to its executions’ `files.*` tools under `mounts/<publisher-slug>/<folder>/` (read-only or read-write as published) from the moment this answers, and is gone the moment it is unmounted. `If-Match` → 412 when stale; 409 CONCURRENT_MODIFICATION when concurrent changes kept moving the folders involved.
         */
        put: operations["agentsFoldersPut"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/folders/available": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Folders other agents of the workspace publish that this agent may mount
         * @description Only folders of agents the caller can read. Owners and admins page over the workspace index, where `total` and `pages` are null unless the page, read from the first folder, reaches the end; members page over their visible agents in memory, with a `total`.
         */
        get: operations["agentsFoldersAvailable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/folders/consumers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agents that mount this agent's folders */
        get: operations["agentsFoldersConsumers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/context-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fleet view: the size of each visible agent’s standing context
         * @description Counts what context assembly (`GET /api/agents/{agent}/context`) counts, with the same estimator (characters / 4, rounded up): the persona prompt, system prompt, instruction template, the assigned plugins' tier 1 summaries and tier 2 documents at the versions they run now, and the tool definitions; untrimmed, before a run's token budget leaves tier 2 documents out.
         *
         *     `totals` cover every agent the caller can see, not only this page, so each request reads the whole visible fleet: the workspace's live agents (members: their own, assigned and shared ones; one query per 1 MB), their plugin assignments and personas (one batch read per 100), the plugins they run with their enablements and those plugins' versions (one batch read each per 100 distinct). The cost grows with the fleet (bounded by the tier's agent limit), not with the page; the page is then cut from the sorted fleet in memory.
         */
        get: operations["agentsContextStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/autonomy-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fleet view: what each visible agent may do on its own, by maturity level, read-only and autonomy */
        get: operations["agentsAutonomyStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agents the caller can access in the current workspace, with the caller’s access on each */
        get: operations["authAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/personas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current workspace's personas, oldest first
         * @description A caller with no workspace yet gets an empty list.
         */
        get: operations["personasList"];
        put?: never;
        /** Create a persona (owners and admins) */
        post: operations["personasCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/personas/{persona}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A persona of the current workspace */
        get: operations["personasGet"];
        /**
         * Replace a persona (owners and admins)
         * @description Full replace: `name` and `system_prompt` are required, and a `description` left out is cleared. `If-Match` → 412 when stale. Agents using the persona see the change in their next assembled context.
         */
        put: operations["personasReplace"];
        post?: never;
        /**
         * Delete a persona no agent uses (owners and admins)
         * @description Refused with 409 PERSONA_IN_USE, naming the agents (up to 20), while an agent of the workspace has it as `persona_id`.
         */
        delete: operations["personasDelete"];
        options?: never;
        head?: never;
        /**
         * Change a persona (owners and admins)
         * @description Absent fields stay, `description: null` clears it. `If-Match` → 412 when stale. Agents using the persona see the change in their next assembled context.
         */
        patch: operations["personasUpdate"];
        trace?: never;
    };
    "/api/plugins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The marketplace: published plugins with their latest version, by name */
        get: operations["pluginsList"];
        put?: never;
        /**
         * Create a plugin and get a presigned URL to upload its first bundle (owners and admins)
         * @description Names are unique across the platform (409 NAME_TAKEN). PUT the bundle (zip or .tar.gz, exactly `size` bytes, at most 10 MiB) to `upload.url` before it expires, then register it with POST /api/plugins/{plugin}/versions.
         */
        post: operations["pluginsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plugins/{plugin}/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A presigned URL to upload another bundle of the caller's plugin
         * @description Only the publishing workspace (others: 403). The URL accepts exactly `size` bytes.
         */
        post: operations["pluginsUploadsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plugins/{plugin}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register an uploaded bundle as a new version
         * @description Reads and validates the bundle: plugin.json (name, semver version greater than the latest, description, skills and commands with their markdown documents, tools with a JSON Schema `input_schema`, a `risk` and an optional `endpoint` — an https URL, or a Lambda function ARN that the operator registered to this plugin (environment config `pluginToolFunctions`; checked again before every call) — `requires`, `requires_credentials`), no unsafe paths or links, at most 1,000 entries and 50 MiB uncompressed. Every problem is listed in a 422 INVALID_BUNDLE; a version already registered answers 409 VERSION_EXISTS.
         */
        post: operations["pluginsVersionsRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plugins/{plugin}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A plugin with its versions, newest first
         * @description An unpublished plugin is visible to its publishing workspace only.
         */
        get: operations["pluginsGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{ws}/plugins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plugins enabled in the workspace, with the version its agents run */
        get: operations["pluginsWorkspaceList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{ws}/plugins/{plugin}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Enable a plugin in the workspace, change its pinned version, or approve an upgrade (owners and admins)
         * @description Enabling approves the version it runs: a pinned `version`, else the latest. A workspace that follows the latest keeps running the approved version when a newer one asks for more — a tool of higher risk, a tool endpoint on a new origin or Lambda ARN, or a new required credential — and shows why in `upgrade_required`; enabling again approves the latest (an explicit upgrade). Its `requires` are resolved over the workspace's enabled plugins: a requirement not enabled (or enabled at a version outside the range) answers 422 PLUGIN_NOT_ENABLED naming it; plugins requiring each other in a cycle answer 422 PLUGIN_DEPENDENCY_CYCLE with the cycle. A pinned `version` must exist (422 PLUGIN_VERSION_NOT_FOUND); a plugin with no version yet answers 422 PLUGIN_NOT_PUBLISHED.
         */
        put: operations["pluginsWorkspaceEnable"];
        post?: never;
        /**
         * Disable a plugin in the workspace (owners and admins)
         * @description Refused with 409 PLUGIN_IN_USE, naming the agents, while agents of the workspace have it assigned; with `force=true` it is unassigned from them in the same transaction (each publishes `plugin.assigned`).
         */
        delete: operations["pluginsWorkspaceDisable"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/plugins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agent's plugins in priority order, with their marketplace details */
        get: operations["agentsPluginsList"];
        /**
         * Replace the agent's plugins
         * @description One transaction. Duplicates are dropped keeping the first occurrence; priority is the position. Priority starts at 0. Ids that name no plugin and plugins not enabled in the workspace answer 422 PLUGIN_NOT_ENABLED naming each. Publishes `plugin.assigned`. `If-Match` (the assignment version) → 412 when stale.
         */
        put: operations["agentsPluginsPut"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/context": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The context the agent runs with: persona, prompts, plugin summaries (tier 1), skill and command documents (tier 2), tools
         * @description Token estimates per tier and in total (one token per four characters). `max_tokens` leaves tier 2 documents out, lowest priority first, until the total fits, and lists what was left out. Assembled contexts are cached (hence table write access) and reassembled whenever the agent, its persona, its assignments or a plugin version it runs changes.
         */
        get: operations["agentsContextGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a task with the agent, synchronously (waiting up to `wait_seconds`) or asynchronously
         * @description Needs `execute` (API keys) and use rights on the agent, which must be active (else 409 AGENT_NOT_ACTIVE naming its status). A task naming a tool beyond governance in `parameters.tools` is refused with 403 GOVERNANCE_VIOLATION; a workspace at its tier's concurrent executions answers 429 CONCURRENCY_LIMIT; a run the state machine could not start is recorded failed, gives its slot back and answers 503 SERVICE_UNAVAILABLE with `Retry-After`. A workspace whose monthly model budget is spent answers 403 BUDGET_EXCEEDED before anything starts, and a run that reaches the budget fails with BUDGET_EXCEEDED before its next model turn. `sync`: 200 with the finished execution, 202 with `poll_url` if it has not finished in time (or waits for approval); a provider or tool failure answers 502 EXECUTION_FAILED, a step beyond governance 403 GOVERNANCE_VIOLATION. `async`: 202 at once. Honours `Idempotency-Key`.
         *
         *     Governance (risk classes: read, analyze, egress, create, high): student read + egress; intern + analyze; supervised + create; autonomous + high; read-only never create or high. Egress is any tool that sends data out (`http.get`, a plugin tool with an HTTPS endpoint, which is governed as its declared risk and as egress): it waits for approval for student and read-only agents whatever their autonomy. Without autonomy, create and high steps wait for approval.
         */
        post: operations["executionsExecute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agent's executions, newest first
         * @description `status` filters by status; `total` counts every execution when unfiltered, and those in the status when filtered. Entries are summaries: `steps` is empty, and a `context`, `result` or `reasoning_trace` over 32 KiB of JSON is null (`[]` for the trace); GET the execution for all of it.
         */
        get: operations["executionsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/executions/{execution}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One execution: status, progress, result, confidence, reasoning trace, steps, usage, timestamps, error
         * @description Every step in order, and the context as given (up to 5 MiB). Steps are stored one item each, and any step, context, result or trace over 32 KiB of JSON as an object in the platform bucket, so a run is never limited by the size of one table item; a tool's output is kept up to 256 Ki characters.
         */
        get: operations["executionsGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/executions/{execution}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a pending, running or held execution
         * @description Needs use rights on the agent. The execution is `cancelled` at once and its run is stopped; one that has already ended answers 409 INVALID_TRANSITION.
         */
        post: operations["executionsCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/executions/{execution}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the step an execution holds for approval
         * @description For create and high-risk steps held because the agent's autonomy is off, and egress steps (`http.get`, plugin HTTPS tools) of student and read-only agents; the workspace's owners and admins and the agent's owner and admins decide, signed in as themselves: API keys never decide (403). With the workspace's `four_eyes_approval` on, approving needs someone other than whoever started the run or created the API key that did (403). The held tool call runs and the execution goes on. An execution not awaiting approval answers 409 INVALID_TRANSITION.
         */
        post: operations["executionsApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/executions/{execution}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject the step an execution holds for approval
         * @description For create and high-risk steps held because the agent's autonomy is off, and egress steps (`http.get`, plugin HTTPS tools) of student and read-only agents; the workspace's owners and admins and the agent's owner and admins decide, signed in as themselves: API keys never decide (403). With the workspace's `four_eyes_approval` on, approving needs someone other than whoever started the run or created the API key that did (403). The tool never runs; the execution fails with APPROVAL_REJECTED. An execution not awaiting approval answers 409 INVALID_TRANSITION.
         */
        post: operations["executionsReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/executions/{execution}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rate a finished execution: stored on its episode, for learning
         * @description Needs use rights on the agent. Given again, it replaces the earlier rating. An execution still running, or cancelled, answers 409 INVALID_TRANSITION.
         */
        post: operations["executionsFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agent's schedules */
        get: operations["executionsSchedulesList"];
        put?: never;
        /**
         * Run a task on a schedule: `cron(...)` or `rate(...)` as EventBridge Scheduler reads them
         * @description Needs manage rights on the agent. An invalid expression or time zone answers 400. Every firing starts one execution (once per firing, however often it is delivered), as its creator; at most 20 schedules per agent (403 QUOTA_EXCEEDED, held under concurrent creates). Each firing checks again that its creator is a member who may manage and run the agent, and counts as a request against the daily quota and the concurrency cap: a removed creator, lost access, a spent daily quota or a spent monthly budget disables the schedule and publishes `schedule.disabled` with the reason; at the concurrency cap or the per-minute rate that firing is skipped.
         */
        post: operations["executionsSchedulesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/schedules/{schedule}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop and remove a schedule */
        delete: operations["executionsSchedulesDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current workspace's webhook endpoints, oldest first (never their secrets)
         * @description Owners and admins of the workspace; API keys need the `admin` scope.
         */
        get: operations["webhooksList"];
        put?: never;
        /**
         * Register a webhook endpoint; its signing secret is in this answer only
         * @description Owners and admins of the workspace; API keys need the `admin` scope. The URL must be public https:// on port 443, 80 or 1024–65535 (the local runtime also takes http://localhost on any port); private, loopback, link-local and metadata addresses and other ports answer 400 INVALID_INPUT. A workspace holds at most 20 endpoints (403 QUOTA_EXCEEDED), and at most 3 on one host name, whatever their ports or paths (422 WEBHOOK_HOST_LIMIT: subscribe one endpoint to more events instead). Keep `secret`: it is never shown again, and a replay of this request with the same Idempotency-Key answers 409 SECRET_SHOWN_ONCE.
         */
        post: operations["webhooksCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{webhook}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One webhook endpoint (never its secret)
         * @description Owners and admins of the workspace; API keys need the `admin` scope. `circuit` shows its breaker: open after 5 failed attempts in a row, its deliveries wait unattempted until `until`, so one dead receiver never holds the delivery capacity every workspace shares.
         */
        get: operations["webhooksGet"];
        put?: never;
        post?: never;
        /**
         * Remove a webhook endpoint; nothing more is delivered to it
         * @description Owners and admins of the workspace; API keys need the `admin` scope. Its delivery log expires with its deliveries.
         */
        delete: operations["webhooksDelete"];
        options?: never;
        head?: never;
        /**
         * Change the URL, events, description, or turn the endpoint on or off
         * @description Owners and admins of the workspace; API keys need the `admin` scope. Absent fields stay; `description: null` clears it. `enabled: true` re-enables an endpoint the platform disabled and clears `disabled_reason` and `failing_since`. A new `url` follows the rules of registration: The URL must be public https:// on port 443, 80 or 1024–65535 (the local runtime also takes http://localhost on any port); private, loopback, link-local and metadata addresses and other ports answer 400 INVALID_INPUT. A workspace holds at most 20 endpoints (403 QUOTA_EXCEEDED), and at most 3 on one host name, whatever their ports or paths (422 WEBHOOK_HOST_LIMIT: subscribe one endpoint to more events instead). Honours `If-Match`.
         */
        patch: operations["webhooksUpdate"];
        trace?: never;
    };
    "/api/webhooks/{webhook}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the signing secret; the new one is in this answer only
         * @description Owners and admins of the workspace; API keys need the `admin` scope. For 24 hours (until `previous_secret_expires_at`) deliveries carry two signatures, one per secret, so receivers can switch without dropping any; a secret rotated out earlier stops signing at once. A replay with the same Idempotency-Key answers 409 SECRET_SHOWN_ONCE.
         */
        post: operations["webhooksRotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{webhook}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a `webhook.test` event to this endpoint only
         * @description Owners and admins of the current workspace (API keys need the `admin` scope); a webhook or delivery of another workspace answers 404. The event (`data: {webhook_id, message}`) is signed and sent like any other, once, without retries; the answer is the delivery to follow in the delivery log. Disabled endpoints are sent to as well, so one can be checked before it is enabled again.
         */
        post: operations["webhooksTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{webhook}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The endpoint's delivery log, newest first (kept 30 days)
         * @description Owners and admins of the current workspace (API keys need the `admin` scope); a webhook or delivery of another workspace answers 404. Filter by `status` and `event`; page with `cursor`. `total` is null when filtering by `event`.
         */
        get: operations["webhooksDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{webhook}/deliveries/{delivery}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One delivery and every attempt: time, status code, latency, error, next retry
         * @description Owners and admins of the current workspace (API keys need the `admin` scope); a webhook or delivery of another workspace answers 404. A failed attempt is retried (about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h; ±20 %) only when no answer came (network error, timeout) or the answer was 408, 409, 425, 429 or 5xx; a 429 or 503 `Retry-After` longer than the wait is honoured, up to 24 h. Any other answer, a redirect included (never followed), fails the delivery after that attempt, and its `error` says so.
         */
        get: operations["webhooksDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{webhook}/deliveries/{delivery}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivered or failed delivery again: one new attempt
         * @description Owners and admins of the current workspace (API keys need the `admin` scope); a webhook or delivery of another workspace answers 404. The same body and `webhook-id`, freshly signed and timestamped; the attempt joins the delivery's log. A delivery still `pending` or `retrying` answers 409 INVALID_TRANSITION: its next attempt is already on its way (unless that attempt is over 30 minutes late, and so lost: then it can be redelivered). Of concurrent redeliveries of one delivery, one answers 202 and the others 409.
         */
        post: operations["webhooksRedeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/training": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agent's learning: statistics, patterns, suggested adaptations, graduation readiness
         * @description Statistics, feedback and governance violations come from aggregates updated as runs finish and are rated; patterns from a summary mined from the newest 200 episodes after every finished run and rating (recurring tool sequences and task categories — `context.category`, or the task's first three significant words — kept at 3 samples or more). Readiness: score = 0.4 × success rate + 0.3 × average confidence + 0.2 × (average rating − 1) / 4 + 0.1 × min(1, episodes at level / minimum) − 0.1 per violation this month and last; the next level is eligible when its minimum episodes (10 / 25 / 50 for intern / supervised / autonomous) and its bars are met.
         */
        get: operations["agentsTrainingGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/training/adaptations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suggested adaptations, and the history of applied and reverted ones
         * @description Rules: `reinforce_pattern` (a pattern succeeding ≥ 80 %), `avoid_pattern` (≤ 40 %), `adjust_temperature` (10 or more recent runs with success below 70 % or confidence below 0.6: temperature − 0.2), `add_instruction` (the same negative feedback comment twice or more). An adaptation keeps its id across recomputes.
         */
        get: operations["agentsTrainingAdaptationsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/training/adaptations/{adaptation}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a suggested adaptation to the agent
         * @description A standing instruction is appended to `system_prompt` as its own paragraph; a temperature change sets `configuration.temperature`. The change and its history item commit together. Applied already: 409 INVALID_TRANSITION; no longer suggested: 404. Needs manage rights on the agent (API keys: `write`); `If-Match` → 412 when stale; publishes `agent.updated`.
         */
        post: operations["agentsTrainingAdaptationApply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/training/adaptations/{adaptation}/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo an applied adaptation
         * @description Removes exactly the instruction paragraph it added, or puts the temperature back. Not applied, or the field changed since: 409 INVALID_TRANSITION. Needs manage rights on the agent (API keys: `write`); `If-Match` → 412 when stale; publishes `agent.updated`.
         */
        post: operations["agentsTrainingAdaptationRevert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{ws}/exam-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The levels this workspace has an exam set for, lowest first */
        get: operations["workspacesExamSetsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces/{ws}/exam-sets/{level}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The exam set a graduation to a level sits in this workspace
         * @description 404 EXAM_SET_NOT_FOUND when the workspace has none for the level; a level other than intern, supervised or autonomous answers 400 INVALID_INPUT.
         *
         *     Each task names at least one expectation in `expect`; a task's score is the share of its checks that pass (0 for a run that did not succeed), and the exam's score is the mean over its tasks:
         *     - `contains`: substrings the answer must include, case-insensitive — `{"contains": ["Paris", "Seine"]}`.
         *     - `json_paths`: the answer parsed as JSON; each `path` (member and index steps only, such as `$.answer.items[0]`) must exist, or equal `equals` structurally — `{"json_paths": [{"path": "$.city", "equals": "Paris"}]}`.
         *     - `rubric`: criteria, one per line, scored 0–1 by the agent's model provider (the `local` provider, or an unusable grade, falls back to: a line is met when every word of four letters or more appears in the answer); one check, passed at 0.5 — `{"rubric": "- names the capital\n- mentions the river"}`.
         *     - `tools`: tools the run must call successfully — `{"tools": ["files.read"]}`; a governance probe asks for a tool of the target level's risk this way.
         *     A graduation sits up to 5 of the set's tasks (a set holds at most 20); without a set, tasks are sampled from the agent's successful runs.
         */
        get: operations["workspacesExamSetsGet"];
        /**
         * Create or replace the exam set of a level (owners and admins)
         * @description Replaces the whole set and bumps its `version` (answered as `ETag`); with `If-Match` only the set at that version is replaced (412 VERSION_CONFLICT otherwise, also when there is none yet). A graduation already running keeps the tasks it started with.
         *
         *     Each task names at least one expectation in `expect`; a task's score is the share of its checks that pass (0 for a run that did not succeed), and the exam's score is the mean over its tasks:
         *     - `contains`: substrings the answer must include, case-insensitive — `{"contains": ["Paris", "Seine"]}`.
         *     - `json_paths`: the answer parsed as JSON; each `path` (member and index steps only, such as `$.answer.items[0]`) must exist, or equal `equals` structurally — `{"json_paths": [{"path": "$.city", "equals": "Paris"}]}`.
         *     - `rubric`: criteria, one per line, scored 0–1 by the agent's model provider (the `local` provider, or an unusable grade, falls back to: a line is met when every word of four letters or more appears in the answer); one check, passed at 0.5 — `{"rubric": "- names the capital\n- mentions the river"}`.
         *     - `tools`: tools the run must call successfully — `{"tools": ["files.read"]}`; a governance probe asks for a tool of the target level's risk this way.
         *     A graduation sits up to 5 of the set's tasks (a set holds at most 20); without a set, tasks are sampled from the agent's successful runs.
         */
        put: operations["workspacesExamSetsPut"];
        post?: never;
        /**
         * Remove the exam set of a level (owners and admins); graduations then sample the agent's successful runs
         * @description Honours `If-Match`. 404 EXAM_SET_NOT_FOUND when there is none.
         */
        delete: operations["workspacesExamSetsDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/graduation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a graduation: an exam for the next maturity level
         * @description Workspace owners and admins only (API keys: `admin` scope). Answers 202 with the graduation; `Location` names it. The flow re-checks eligibility, sits the exam — the workspace's exam set for the level, else 5 tasks sampled from the agent's successful episodes (each expecting the first significant line of its answer then), plus one governance probe per tool of the risk the level adds (intern: analyze, supervised: create, autonomous: high) that the agent has, which must use that tool — each task a run of the agent with `purpose: exam`, governed at the target level, not counted in its learning statistics nor the request quota, its model spend counted. Passed (mean score at the pass mark and every probe passed): the agent's `maturity_level` changes with its version and `agent.graduated` is published. Otherwise `graduation.failed`. 409 GRADUATION_IN_PROGRESS while one runs; 422 NOT_ELIGIBLE with the readiness figures in `details`, for a level other than the next, or before a failed attempt's `retry_after`.
         */
        post: operations["agentsGraduationStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/graduations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agent's graduations, newest first */
        get: operations["agentsGraduationsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/graduations/{graduation}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One graduation: status, steps, each exam task with its run, score and outcome */
        get: operations["agentsGraduationGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{agent}/graduations/{graduation}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a running graduation
         * @description Workspace owners and admins only (API keys: `admin` scope). The graduation is recorded `cancelled` and its run stopped, its exam runs with it; the agent keeps its level. One that already ended answers 409 INVALID_TRANSITION.
         */
        post: operations["agentsGraduationCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "agent.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * agent.created
         * @description An agent was created. Delivered to endpoints subscribed to `agent.created` or `*`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's `id`: the same on every retry and redelivery of it, so a receiver can de-duplicate. */
                    "webhook-id": components["parameters"]["WebhookIdHeader"];
                    /** @description When this attempt was signed, in seconds since the epoch. Refuse deliveries more than a few minutes old (replays). */
                    "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                    /** @description Space-separated `v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}.{body}'>` signatures, keyed with the base64 part of the endpoint's `whsec_` secret; two while a rotated secret overlaps. One matching signature is enough. */
                    "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgentCreatedEvent"];
                };
            };
            responses: {
                /** @description Gone: the platform disables the endpoint at once and sends no further attempts. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Delivered. Any other answer, or none within 10 s, is retried with backoff. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "agent.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * agent.updated
         * @description An agent was changed. Delivered to endpoints subscribed to `agent.updated` or `*`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's `id`: the same on every retry and redelivery of it, so a receiver can de-duplicate. */
                    "webhook-id": components["parameters"]["WebhookIdHeader"];
                    /** @description When this attempt was signed, in seconds since the epoch. Refuse deliveries more than a few minutes old (replays). */
                    "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                    /** @description Space-separated `v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}.{body}'>` signatures, keyed with the base64 part of the endpoint's `whsec_` secret; two while a rotated secret overlaps. One matching signature is enough. */
                    "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgentUpdatedEvent"];
                };
            };
            responses: {
                /** @description Gone: the platform disables the endpoint at once and sends no further attempts. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Delivered. Any other answer, or none within 10 s, is retried with backoff. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "agent.renamed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * agent.renamed
         * @description An agent's name (and so its slug) changed. Delivered to endpoints subscribed to `agent.renamed` or `*`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's `id`: the same on every retry and redelivery of it, so a receiver can de-duplicate. */
                    "webhook-id": components["parameters"]["WebhookIdHeader"];
                    /** @description When this attempt was signed, in seconds since the epoch. Refuse deliveries more than a few minutes old (replays). */
                    "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                    /** @description Space-separated `v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}.{body}'>` signatures, keyed with the base64 part of the endpoint's `whsec_` secret; two while a rotated secret overlaps. One matching signature is enough. */
                    "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgentRenamedEvent"];
                };
            };
            responses: {
                /** @description Gone: the platform disables the endpoint at once and sends no further attempts. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Delivered. Any other answer, or none within 10 s, is retried with backoff. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "agent.started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * agent.started
         * @description An agent's runtime was started. Delivered to endpoints subscribed to `agent.started` or `*`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's `id`: the same on every retry and redelivery of it, so a receiver can de-duplicate. */
                    "webhook-id": components["parameters"]["WebhookIdHeader"];
                    /** @description When this attempt was signed, in seconds since the epoch. Refuse deliveries more than a few minutes old (replays). */
                    "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                    /** @description Space-separated `v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}.{body}'>` signatures, keyed with the base64 part of the endpoint's `whsec_` secret; two while a rotated secret overlaps. One matching signature is enough. */
                    "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgentStartedEvent"];
                };
            };
            responses: {
                /** @description Gone: the platform disables the endpoint at once and sends no further attempts. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Delivered. Any other answer, or none within 10 s, is retried with backoff. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "agent.stopped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * agent.stopped
         * @description An agent's runtime was stopped. Delivered to endpoints subscribed to `agent.stopped` or `*`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's `id`: the same on every retry and redelivery of it, so a receiver can de-duplicate. */
                    "webhook-id": components["parameters"]["WebhookIdHeader"];
                    /** @description When this attempt was signed, in seconds since the epoch. Refuse deliveries more than a few minutes old (replays). */
                    "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                    /** @description Space-separated `v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}.{body}'>` signatures, keyed with the base64 part of the endpoint's `whsec_` secret; two while a rotated secret overlaps. One matching signature is enough. */
                    "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgentStoppedEvent"];
                };
            };
            responses: {
                /** @description Gone: the platform disables the endpoint at once and sends no further attempts. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Delivered. Any other answer, or none within 10 s, is retried with backoff. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "agent.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * agent.deleted
         * @description An agent was deleted; its data is being purged. Delivered to endpoints subscribed to `agent.deleted` or `*`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's `id`: the same on every retry and redelivery of it, so a receiver can de-duplicate. */
                    "webhook-id": components["parameters"]["WebhookIdHeader"];
                    /** @description When this attempt was signed, in seconds since the epoch. Refuse deliveries more than a few minutes old (replays). */
                    "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                    /** @description Space-separated `v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}.{body}'>` signatures, keyed with the base64 part of the endpoint's `whsec_` secret; two while a rotated secret overlaps. One matching signature is enough. */
                    "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgentDeletedEvent"];
                };
            };
            responses: {
                /** @description Gone: the platform disables the endpoint at once and sends no further attempts. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Delivered. Any other answer, or none within 10 s, is retried with backoff. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "agent.executed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * agent.executed
         * @description An execution completed (not the exam runs of a graduation, which are not usage). Delivered to endpoints subscribed to `agent.executed` or `*`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's `id`: the same on every retry and redelivery of it, so a receiver can de-duplicate. */
                    "webhook-id": components["parameters"]["WebhookIdHeader"];
                    /** @description When this attempt was signed, in seconds since the epoch. Refuse deliveries more than a few minutes old (replays). */
                    "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                    /** @description Space-separated `v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}.{body}'>` signatures, keyed with the base64 part of the endpoint's `whsec_` secret; two while a rotated secret overlaps. One matching signature is enough. */
                    "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgentExecutedEvent"];
                };
            };
            responses: {
                /** @description Gone: the platform disables the endpoint at once and sends no further attempts. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Delivered. Any other answer, or none within 10 s, is retried with backoff. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "execution.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * execution.failed
         * @description An execution failed or timed out. Delivered to endpoints subscribed to `execution.failed` or `*`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's `id`: the same on every retry and redelivery of it, so a receiver can de-duplicate. */
                    "webhook-id": components["parameters"]["WebhookIdHeader"];
                    /** @description When this attempt was signed, in seconds since the epoch. Refuse deliveries more than a few minutes old (replays). */
                    "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                    /** @description Space-separated `v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}.{body}'>` signatures, keyed with the base64 part of the endpoint's `whsec_` secret; two while a rotated secret overlaps. One matching signature is enough. */
                    "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExecutionFailedEvent"];
                };
            };
            responses: {
                /** @description Gone: the platform disables the endpoint at once and sends no further attempts. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Delivered. Any other answer, or none within 10 s, is retried with backoff. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "execution.awaiting_approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * execution.awaiting_approval
         * @description An execution waits for a person to approve a tool call. Delivered to endpoints subscribed to `execution.awaiting_approval` or `*`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's `id`: the same on every retry and redelivery of it, so a receiver can de-duplicate. */
                    "webhook-id": components["parameters"]["WebhookIdHeader"];
                    /** @description When this attempt was signed, in seconds since the epoch. Refuse deliveries more than a few minutes old (replays). */
                    "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                    /** @description Space-separated `v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}.{body}'>` signatures, keyed with the base64 part of the endpoint's `whsec_` secret; two while a rotated secret overlaps. One matching signature is enough. */
                    "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExecutionAwaitingApprovalEvent"];
                };
            };
            responses: {
                /** @description Gone: the platform disables the endpoint at once and sends no further attempts. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Delivered. Any other answer, or none within 10 s, is retried with backoff. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "agent.graduated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * agent.graduated
         * @description An agent passed its graduation exam and was promoted. Delivered to endpoints subscribed to `agent.graduated` or `*`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's `id`: the same on every retry and redelivery of it, so a receiver can de-duplicate. */
                    "webhook-id": components["parameters"]["WebhookIdHeader"];
                    /** @description When this attempt was signed, in seconds since the epoch. Refuse deliveries more than a few minutes old (replays). */
                    "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                    /** @description Space-separated `v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}.{body}'>` signatures, keyed with the base64 part of the endpoint's `whsec_` secret; two while a rotated secret overlaps. One matching signature is enough. */
                    "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgentGraduatedEvent"];
                };
            };
            responses: {
                /** @description Gone: the platform disables the endpoint at once and sends no further attempts. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Delivered. Any other answer, or none within 10 s, is retried with backoff. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "graduation.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * graduation.failed
         * @description A graduation ended without promotion. Delivered to endpoints subscribed to `graduation.failed` or `*`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's `id`: the same on every retry and redelivery of it, so a receiver can de-duplicate. */
                    "webhook-id": components["parameters"]["WebhookIdHeader"];
                    /** @description When this attempt was signed, in seconds since the epoch. Refuse deliveries more than a few minutes old (replays). */
                    "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                    /** @description Space-separated `v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}.{body}'>` signatures, keyed with the base64 part of the endpoint's `whsec_` secret; two while a rotated secret overlaps. One matching signature is enough. */
                    "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["GraduationFailedEvent"];
                };
            };
            responses: {
                /** @description Gone: the platform disables the endpoint at once and sends no further attempts. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Delivered. Any other answer, or none within 10 s, is retried with backoff. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "agent.demoted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * agent.demoted
         * @description Governance lowered an agent’s maturity level. Delivered to endpoints subscribed to `agent.demoted` or `*`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's `id`: the same on every retry and redelivery of it, so a receiver can de-duplicate. */
                    "webhook-id": components["parameters"]["WebhookIdHeader"];
                    /** @description When this attempt was signed, in seconds since the epoch. Refuse deliveries more than a few minutes old (replays). */
                    "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                    /** @description Space-separated `v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}.{body}'>` signatures, keyed with the base64 part of the endpoint's `whsec_` secret; two while a rotated secret overlaps. One matching signature is enough. */
                    "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgentDemotedEvent"];
                };
            };
            responses: {
                /** @description Gone: the platform disables the endpoint at once and sends no further attempts. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Delivered. Any other answer, or none within 10 s, is retried with backoff. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "plugin.assigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * plugin.assigned
         * @description An agent's plugins changed. Delivered to endpoints subscribed to `plugin.assigned` or `*`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's `id`: the same on every retry and redelivery of it, so a receiver can de-duplicate. */
                    "webhook-id": components["parameters"]["WebhookIdHeader"];
                    /** @description When this attempt was signed, in seconds since the epoch. Refuse deliveries more than a few minutes old (replays). */
                    "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                    /** @description Space-separated `v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}.{body}'>` signatures, keyed with the base64 part of the endpoint's `whsec_` secret; two while a rotated secret overlaps. One matching signature is enough. */
                    "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PluginAssignedEvent"];
                };
            };
            responses: {
                /** @description Gone: the platform disables the endpoint at once and sends no further attempts. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Delivered. Any other answer, or none within 10 s, is retried with backoff. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "file.rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * file.rejected
         * @description A file stored in an agent's files without the API (scoped credentials, a presigned URL) would have exceeded the workspace's storage quota, so it was removed. Delivered to endpoints subscribed to `file.rejected` or `*`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's `id`: the same on every retry and redelivery of it, so a receiver can de-duplicate. */
                    "webhook-id": components["parameters"]["WebhookIdHeader"];
                    /** @description When this attempt was signed, in seconds since the epoch. Refuse deliveries more than a few minutes old (replays). */
                    "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                    /** @description Space-separated `v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}.{body}'>` signatures, keyed with the base64 part of the endpoint's `whsec_` secret; two while a rotated secret overlaps. One matching signature is enough. */
                    "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FileRejectedEvent"];
                };
            };
            responses: {
                /** @description Gone: the platform disables the endpoint at once and sends no further attempts. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Delivered. Any other answer, or none within 10 s, is retried with backoff. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "workspace.member_added": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * workspace.member_added
         * @description A member was invited to the workspace. Delivered to endpoints subscribed to `workspace.member_added` or `*`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's `id`: the same on every retry and redelivery of it, so a receiver can de-duplicate. */
                    "webhook-id": components["parameters"]["WebhookIdHeader"];
                    /** @description When this attempt was signed, in seconds since the epoch. Refuse deliveries more than a few minutes old (replays). */
                    "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                    /** @description Space-separated `v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}.{body}'>` signatures, keyed with the base64 part of the endpoint's `whsec_` secret; two while a rotated secret overlaps. One matching signature is enough. */
                    "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WorkspaceMemberAddedEvent"];
                };
            };
            responses: {
                /** @description Gone: the platform disables the endpoint at once and sends no further attempts. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Delivered. Any other answer, or none within 10 s, is retried with backoff. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "schedule.disabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * schedule.disabled
         * @description A schedule stopped itself at a firing: its creator left or lost access, or the workspace is over budget or quota. Delivered to endpoints subscribed to `schedule.disabled` or `*`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's `id`: the same on every retry and redelivery of it, so a receiver can de-duplicate. */
                    "webhook-id": components["parameters"]["WebhookIdHeader"];
                    /** @description When this attempt was signed, in seconds since the epoch. Refuse deliveries more than a few minutes old (replays). */
                    "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                    /** @description Space-separated `v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}.{body}'>` signatures, keyed with the base64 part of the endpoint's `whsec_` secret; two while a rotated secret overlaps. One matching signature is enough. */
                    "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ScheduleDisabledEvent"];
                };
            };
            responses: {
                /** @description Gone: the platform disables the endpoint at once and sends no further attempts. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Delivered. Any other answer, or none within 10 s, is retried with backoff. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.disabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook.disabled
         * @description A webhook endpoint was disabled: it answered 410 Gone, or failed every attempt for 5 days. Delivered to endpoints subscribed to `webhook.disabled` or `*`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's `id`: the same on every retry and redelivery of it, so a receiver can de-duplicate. */
                    "webhook-id": components["parameters"]["WebhookIdHeader"];
                    /** @description When this attempt was signed, in seconds since the epoch. Refuse deliveries more than a few minutes old (replays). */
                    "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                    /** @description Space-separated `v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}.{body}'>` signatures, keyed with the base64 part of the endpoint's `whsec_` secret; two while a rotated secret overlaps. One matching signature is enough. */
                    "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WebhookDisabledEvent"];
                };
            };
            responses: {
                /** @description Gone: the platform disables the endpoint at once and sends no further attempts. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Delivered. Any other answer, or none within 10 s, is retried with backoff. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook.test
         * @description Sent by `POST /api/webhooks/{webhook}/test`. Delivered to endpoints subscribed to `webhook.test` or `*`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's `id`: the same on every retry and redelivery of it, so a receiver can de-duplicate. */
                    "webhook-id": components["parameters"]["WebhookIdHeader"];
                    /** @description When this attempt was signed, in seconds since the epoch. Refuse deliveries more than a few minutes old (replays). */
                    "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                    /** @description Space-separated `v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}.{body}'>` signatures, keyed with the base64 part of the endpoint's `whsec_` secret; two while a rotated secret overlaps. One matching signature is enough. */
                    "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WebhookTestEvent"];
                };
            };
            responses: {
                /** @description Gone: the platform disables the endpoint at once and sends no further attempts. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Delivered. Any other answer, or none within 10 s, is retried with backoff. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        Meta: {
            /** @description ISO-8601 UTC with milliseconds. Errors produced by API Gateway itself (throttling, refused credentials before the authorizer answers) carry epoch milliseconds instead: gateway responses cannot format dates. */
            timestamp: string;
            request_id: string;
        };
        Pagination: {
            page: number;
            limit: number;
            total: number;
            pages: number;
            next_cursor: string | null;
        };
        ErrorEnvelope: {
            /** @constant */
            success: false;
            error: {
                /** @description One of the codes below; each error response lists the codes of its status */
                code: string;
                message: string;
                details?: {
                    field?: string;
                    issue: string;
                }[];
            };
            meta: components["schemas"]["Meta"];
        };
        /** @description An agent was created. */
        AgentCreatedEvent: {
            /** @description Unique per event and the same on every retry or replay of it: de-duplicate on it. */
            id: string;
            /** @constant */
            event: "agent.created";
            /**
             * @description Raised when a field of `data` is removed or retyped; adding an optional field keeps it.
             * @constant
             */
            version: 1;
            /** @description The workspace the change happened in. */
            workspace_id: string;
            data: {
                agent_id: string;
                name: string;
                slug: string;
                /** @enum {string} */
                role: "general-assistant" | "finance-agent" | "marketing-agent" | "developer-agent" | "custom";
                created_by: string;
            };
            /**
             * Format: date-time
             * @description When the change committed (ISO 8601, UTC).
             */
            timestamp: string;
        };
        /** @description An agent was changed. */
        AgentUpdatedEvent: {
            /** @description Unique per event and the same on every retry or replay of it: de-duplicate on it. */
            id: string;
            /** @constant */
            event: "agent.updated";
            /**
             * @description Raised when a field of `data` is removed or retyped; adding an optional field keeps it.
             * @constant
             */
            version: 1;
            /** @description The workspace the change happened in. */
            workspace_id: string;
            data: {
                agent_id: string;
                name: string;
                slug: string;
                /** @description the fields that changed */
                changed: string[];
                /** @description present when the name changed */
                previous_slug?: string;
            };
            /**
             * Format: date-time
             * @description When the change committed (ISO 8601, UTC).
             */
            timestamp: string;
        };
        /** @description An agent's name (and so its slug) changed. */
        AgentRenamedEvent: {
            /** @description Unique per event and the same on every retry or replay of it: de-duplicate on it. */
            id: string;
            /** @constant */
            event: "agent.renamed";
            /**
             * @description Raised when a field of `data` is removed or retyped; adding an optional field keeps it.
             * @constant
             */
            version: 1;
            /** @description The workspace the change happened in. */
            workspace_id: string;
            data: {
                agent_id: string;
                name: string;
                slug: string;
                /** @description the fields that changed */
                changed: string[];
                /** @description present when the name changed */
                previous_slug?: string;
            };
            /**
             * Format: date-time
             * @description When the change committed (ISO 8601, UTC).
             */
            timestamp: string;
        };
        /** @description An agent's runtime was started. */
        AgentStartedEvent: {
            /** @description Unique per event and the same on every retry or replay of it: de-duplicate on it. */
            id: string;
            /** @constant */
            event: "agent.started";
            /**
             * @description Raised when a field of `data` is removed or retyped; adding an optional field keeps it.
             * @constant
             */
            version: 1;
            /** @description The workspace the change happened in. */
            workspace_id: string;
            data: {
                agent_id: string;
                name: string;
                slug: string;
                /** @description the fields that changed */
                changed: string[];
                /** @description present when the name changed */
                previous_slug?: string;
            };
            /**
             * Format: date-time
             * @description When the change committed (ISO 8601, UTC).
             */
            timestamp: string;
        };
        /** @description An agent's runtime was stopped. */
        AgentStoppedEvent: {
            /** @description Unique per event and the same on every retry or replay of it: de-duplicate on it. */
            id: string;
            /** @constant */
            event: "agent.stopped";
            /**
             * @description Raised when a field of `data` is removed or retyped; adding an optional field keeps it.
             * @constant
             */
            version: 1;
            /** @description The workspace the change happened in. */
            workspace_id: string;
            data: {
                agent_id: string;
                name: string;
                slug: string;
                /** @description the fields that changed */
                changed: string[];
                /** @description present when the name changed */
                previous_slug?: string;
            };
            /**
             * Format: date-time
             * @description When the change committed (ISO 8601, UTC).
             */
            timestamp: string;
        };
        /** @description An agent was deleted; its data is being purged. */
        AgentDeletedEvent: {
            /** @description Unique per event and the same on every retry or replay of it: de-duplicate on it. */
            id: string;
            /** @constant */
            event: "agent.deleted";
            /**
             * @description Raised when a field of `data` is removed or retyped; adding an optional field keeps it.
             * @constant
             */
            version: 1;
            /** @description The workspace the change happened in. */
            workspace_id: string;
            data: {
                agent_id: string;
                name: string;
                slug: string;
                deleted_by: string;
            };
            /**
             * Format: date-time
             * @description When the change committed (ISO 8601, UTC).
             */
            timestamp: string;
        };
        /** @description An execution completed (not the exam runs of a graduation, which are not usage). */
        AgentExecutedEvent: {
            /** @description Unique per event and the same on every retry or replay of it: de-duplicate on it. */
            id: string;
            /** @constant */
            event: "agent.executed";
            /**
             * @description Raised when a field of `data` is removed or retyped; adding an optional field keeps it.
             * @constant
             */
            version: 1;
            /** @description The workspace the change happened in. */
            workspace_id: string;
            data: {
                agent_id: string;
                execution_id: string;
                /** @constant */
                status: "completed";
                result: ({
                    summary: string;
                } & {
                    [key: string]: unknown;
                }) | null;
                confidence?: number | null;
                usage: {
                    input_tokens: number;
                    output_tokens: number;
                } & {
                    [key: string]: unknown;
                };
                duration_ms: number | null;
            };
            /**
             * Format: date-time
             * @description When the change committed (ISO 8601, UTC).
             */
            timestamp: string;
        };
        /** @description An execution failed or timed out. */
        ExecutionFailedEvent: {
            /** @description Unique per event and the same on every retry or replay of it: de-duplicate on it. */
            id: string;
            /** @constant */
            event: "execution.failed";
            /**
             * @description Raised when a field of `data` is removed or retyped; adding an optional field keeps it.
             * @constant
             */
            version: 1;
            /** @description The workspace the change happened in. */
            workspace_id: string;
            data: {
                agent_id: string;
                execution_id: string;
                /** @enum {string} */
                status: "pending" | "in_progress" | "awaiting_approval" | "completed" | "failed" | "cancelled" | "timed_out";
                error: {
                    code: string;
                    message: string;
                } | null;
            };
            /**
             * Format: date-time
             * @description When the change committed (ISO 8601, UTC).
             */
            timestamp: string;
        };
        /** @description An execution waits for a person to approve a tool call. */
        ExecutionAwaitingApprovalEvent: {
            /** @description Unique per event and the same on every retry or replay of it: de-duplicate on it. */
            id: string;
            /** @constant */
            event: "execution.awaiting_approval";
            /**
             * @description Raised when a field of `data` is removed or retyped; adding an optional field keeps it.
             * @constant
             */
            version: 1;
            /** @description The workspace the change happened in. */
            workspace_id: string;
            data: {
                agent_id: string;
                execution_id: string;
                /** @constant */
                status: "awaiting_approval";
                tool: string;
                risk: string;
                input: unknown;
            };
            /**
             * Format: date-time
             * @description When the change committed (ISO 8601, UTC).
             */
            timestamp: string;
        };
        /** @description An agent passed its graduation exam and was promoted. */
        AgentGraduatedEvent: {
            /** @description Unique per event and the same on every retry or replay of it: de-duplicate on it. */
            id: string;
            /** @constant */
            event: "agent.graduated";
            /**
             * @description Raised when a field of `data` is removed or retyped; adding an optional field keeps it.
             * @constant
             */
            version: 1;
            /** @description The workspace the change happened in. */
            workspace_id: string;
            data: {
                agent_id: string;
                graduation_id?: string;
                /** @enum {string} */
                previous_level: "student" | "intern" | "supervised" | "autonomous";
                /** @enum {string} */
                new_level: "student" | "intern" | "supervised" | "autonomous";
                readiness_score: number;
            };
            /**
             * Format: date-time
             * @description When the change committed (ISO 8601, UTC).
             */
            timestamp: string;
        };
        /** @description A graduation ended without promotion. */
        GraduationFailedEvent: {
            /** @description Unique per event and the same on every retry or replay of it: de-duplicate on it. */
            id: string;
            /** @constant */
            event: "graduation.failed";
            /**
             * @description Raised when a field of `data` is removed or retyped; adding an optional field keeps it.
             * @constant
             */
            version: 1;
            /** @description The workspace the change happened in. */
            workspace_id: string;
            data: {
                agent_id: string;
                graduation_id: string;
                /** @enum {string} */
                target_level: "student" | "intern" | "supervised" | "autonomous";
                reason: string;
                /**
                 * @description `failed`: the exam was sat and not passed (or eligibility no longer held); `error`: the flow could not finish
                 * @enum {string}
                 */
                status?: "failed" | "error";
                /** @description The mean exam task score, once graded */
                score?: number | null;
                task_scores?: {
                    index: number;
                    /** @enum {string} */
                    kind: "task" | "governance_probe";
                    score: number | null;
                }[];
                /** @description The earliest date, or the episode count at the level, from which a retry is accepted (whichever comes first) */
                retry_after?: {
                    date: string;
                    episodes: number;
                } | null;
            };
            /**
             * Format: date-time
             * @description When the change committed (ISO 8601, UTC).
             */
            timestamp: string;
        };
        /** @description Governance lowered an agent’s maturity level. */
        AgentDemotedEvent: {
            /** @description Unique per event and the same on every retry or replay of it: de-duplicate on it. */
            id: string;
            /** @constant */
            event: "agent.demoted";
            /**
             * @description Raised when a field of `data` is removed or retyped; adding an optional field keeps it.
             * @constant
             */
            version: 1;
            /** @description The workspace the change happened in. */
            workspace_id: string;
            data: {
                agent_id: string;
                /** @enum {string} */
                previous_level: "student" | "intern" | "supervised" | "autonomous";
                /** @enum {string} */
                new_level: "student" | "intern" | "supervised" | "autonomous";
                reason: string;
                /** @description Governance violations at the previous level within the window */
                violations?: number;
                /** @description The violation window: its length and its start (ISO-8601 UTC) */
                window?: {
                    days: number;
                    since: string;
                };
            };
            /**
             * Format: date-time
             * @description When the change committed (ISO 8601, UTC).
             */
            timestamp: string;
        };
        /** @description An agent's plugins changed. */
        PluginAssignedEvent: {
            /** @description Unique per event and the same on every retry or replay of it: de-duplicate on it. */
            id: string;
            /** @constant */
            event: "plugin.assigned";
            /**
             * @description Raised when a field of `data` is removed or retyped; adding an optional field keeps it.
             * @constant
             */
            version: 1;
            /** @description The workspace the change happened in. */
            workspace_id: string;
            data: {
                agent_id: string;
                plugin_ids: string[];
                added: string[];
                removed: string[];
                /** @description `plugin_disabled` when the workspace disabled a plugin */
                reason?: string;
            };
            /**
             * Format: date-time
             * @description When the change committed (ISO 8601, UTC).
             */
            timestamp: string;
        };
        /** @description A file stored in an agent's files without the API (scoped credentials, a presigned URL) would have exceeded the workspace's storage quota, so it was removed. */
        FileRejectedEvent: {
            /** @description Unique per event and the same on every retry or replay of it: de-duplicate on it. */
            id: string;
            /** @constant */
            event: "file.rejected";
            /**
             * @description Raised when a field of `data` is removed or retyped; adding an optional field keeps it.
             * @constant
             */
            version: 1;
            /** @description The workspace the change happened in. */
            workspace_id: string;
            data: {
                agent_id: string;
                /** @description the file's path in the agent's files */
                path: string;
                /** @description the bytes the file held */
                size: number;
                /** @enum {string} */
                reason: "storage_quota";
                /** @description the workspace's stored bytes, without the file */
                used_bytes: number;
                /** @description the tier's storage quota */
                limit_bytes: number;
            };
            /**
             * Format: date-time
             * @description When the change committed (ISO 8601, UTC).
             */
            timestamp: string;
        };
        /** @description A member was invited to the workspace. */
        WorkspaceMemberAddedEvent: {
            /** @description Unique per event and the same on every retry or replay of it: de-duplicate on it. */
            id: string;
            /** @constant */
            event: "workspace.member_added";
            /**
             * @description Raised when a field of `data` is removed or retyped; adding an optional field keeps it.
             * @constant
             */
            version: 1;
            /** @description The workspace the change happened in. */
            workspace_id: string;
            data: {
                email: string;
                role: string;
                invited_by: string;
            };
            /**
             * Format: date-time
             * @description When the change committed (ISO 8601, UTC).
             */
            timestamp: string;
        };
        /** @description A schedule stopped itself at a firing: its creator left or lost access, or the workspace is over budget or quota. */
        ScheduleDisabledEvent: {
            /** @description Unique per event and the same on every retry or replay of it: de-duplicate on it. */
            id: string;
            /** @constant */
            event: "schedule.disabled";
            /**
             * @description Raised when a field of `data` is removed or retyped; adding an optional field keeps it.
             * @constant
             */
            version: 1;
            /** @description The workspace the change happened in. */
            workspace_id: string;
            data: {
                schedule_id: string;
                agent_id: string;
                created_by: string;
                reason: string;
            };
            /**
             * Format: date-time
             * @description When the change committed (ISO 8601, UTC).
             */
            timestamp: string;
        };
        /** @description A webhook endpoint was disabled: it answered 410 Gone, or failed every attempt for 5 days. */
        WebhookDisabledEvent: {
            /** @description Unique per event and the same on every retry or replay of it: de-duplicate on it. */
            id: string;
            /** @constant */
            event: "webhook.disabled";
            /**
             * @description Raised when a field of `data` is removed or retyped; adding an optional field keeps it.
             * @constant
             */
            version: 1;
            /** @description The workspace the change happened in. */
            workspace_id: string;
            data: {
                webhook_id: string;
                /** @description the endpoint’s host; its path and query are not sent, as they often carry a secret */
                host: string;
                /** @enum {string} */
                reason: "gone" | "failing";
            };
            /**
             * Format: date-time
             * @description When the change committed (ISO 8601, UTC).
             */
            timestamp: string;
        };
        /** @description Sent by `POST /api/webhooks/{webhook}/test`. */
        WebhookTestEvent: {
            /** @description Unique per event and the same on every retry or replay of it: de-duplicate on it. */
            id: string;
            /** @constant */
            event: "webhook.test";
            /**
             * @description Raised when a field of `data` is removed or retyped; adding an optional field keeps it.
             * @constant
             */
            version: 1;
            /** @description The workspace the change happened in. */
            workspace_id: string;
            data: {
                webhook_id: string;
                message: string;
            };
            /**
             * Format: date-time
             * @description When the change committed (ISO 8601, UTC).
             */
            timestamp: string;
        };
        /** @description Any event a webhook delivers; `event` tells which. */
        WebhookEvent: components["schemas"]["AgentCreatedEvent"] | components["schemas"]["AgentUpdatedEvent"] | components["schemas"]["AgentRenamedEvent"] | components["schemas"]["AgentStartedEvent"] | components["schemas"]["AgentStoppedEvent"] | components["schemas"]["AgentDeletedEvent"] | components["schemas"]["AgentExecutedEvent"] | components["schemas"]["ExecutionFailedEvent"] | components["schemas"]["ExecutionAwaitingApprovalEvent"] | components["schemas"]["AgentGraduatedEvent"] | components["schemas"]["GraduationFailedEvent"] | components["schemas"]["AgentDemotedEvent"] | components["schemas"]["PluginAssignedEvent"] | components["schemas"]["FileRejectedEvent"] | components["schemas"]["WorkspaceMemberAddedEvent"] | components["schemas"]["ScheduleDisabledEvent"] | components["schemas"]["WebhookDisabledEvent"] | components["schemas"]["WebhookTestEvent"];
    };
    responses: {
        /** @description INVALID_INPUT: malformed JSON, schema violation, unknown field, bad query parameter or cursor; IMMUTABLE_FIELD: an update names a field that cannot change (role, maturity_level, id, …) */
        Error400: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description UNAUTHORIZED: missing, invalid or expired token or API key; an unverified email */
        Error401: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description FORBIDDEN: the role, scope or share does not allow it; deleting a system agent; AGENT_LIMIT_EXCEEDED: the workspace's tier allows no more agents; GOVERNANCE_VIOLATION: the agent's maturity level, read-only mode or autonomy does not allow the action; QUOTA_EXCEEDED: a tier or per-agent quota is spent (file storage, schedules, credentials); details give used and allowed; BUDGET_EXCEEDED: the workspace's model spend budget for the month is used */
        Error403: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description NOT_FOUND: the path names something absent, deleted or in another workspace (an integration, persona or template too); also a path the API does not have; ADAPTATION_NOT_FOUND: no such training adaptation for this agent; AGENT_NOT_FOUND: no such agent in the workspace; API_KEY_NOT_FOUND: no such API key in the workspace; AVATAR_NOT_FOUND: the agent has no avatar; CREDENTIAL_NOT_FOUND: the agent holds no credential of that name; DELIVERY_NOT_FOUND: no such webhook delivery; EXAM_SET_NOT_FOUND: no such exam set; EXECUTION_NOT_FOUND: no such execution of this agent; FILE_NOT_FOUND: no file at that path; GRADUATION_NOT_FOUND: no such graduation of this agent; MEMBER_NOT_FOUND: no such member of the workspace; PLUGIN_NOT_FOUND: no such plugin, or not enabled in the workspace; SCHEDULE_NOT_FOUND: no such schedule of this agent; UPLOAD_NOT_FOUND: no uploaded bundle under that upload id; WEBHOOK_NOT_FOUND: no such webhook; WORKSPACE_NOT_FOUND: no such workspace, or the caller is not a member */
        Error404: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description METHOD_NOT_ALLOWED: the path exists but not with this method (`Allow` lists them) */
        Error405: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description NAME_TAKEN: the name is already used in the workspace (agents, templates) or the marketplace (plugins); AGENT_BUSY: delete or rename while executions are pending, running or awaiting approval; AGENT_NOT_ACTIVE: executing an agent whose status is not active (details name it); INVALID_TRANSITION: a status change the state table forbids; GRADUATION_IN_PROGRESS: a graduation of this agent is already running; AGENT_UNHEALTHY: starting an agent whose health check fails, without force (details name the failing checks); IDEMPOTENCY_IN_PROGRESS: the first request with this Idempotency-Key has not answered yet; SECRET_SHOWN_ONCE: a replayed Idempotency-Key whose first answer carried a secret; ALREADY_MEMBER: the email is already a member of the workspace; ALREADY_GRANTED: the email already has that access to the agent; LAST_OWNER: removing or demoting the last owner of a workspace; INTEGRATION_IN_USE: deleting an integration agents use (details name them); PERSONA_IN_USE: deleting a persona agents use (details name them); PLUGIN_IN_USE: disabling a plugin agents have assigned, without force; FOLDER_IN_USE: unpublishing a folder other agents mount (details name them); VERSION_EXISTS: registering a plugin version that is not above the latest; EXECUTION_ENDED: approving, rejecting or cancelling an execution that has already ended; ALREADY_FIRED: a schedule firing that already started its execution (details name it); CONCURRENT_MODIFICATION: what the request changes was changed by another request while it ran (credentials, an upload, plugin assignments or versions, folders, a membership), after retries; send it again */
        Error409: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description VERSION_CONFLICT: `If-Match` does not match the current version */
        Error412: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description PAYLOAD_TOO_LARGE: the body (or a decoded upload) exceeds the endpoint's limit */
        Error413: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description UNSUPPORTED_MEDIA_TYPE: the body is not sent as application/json */
        Error415: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description INVALID_BUNDLE: a credentials bundle that does not open (wrong passphrase, altered bytes); a plugin bundle that fails its checks; INTEGRATION_NOT_FOUND: a body names an integration that is absent, foreign or of another kind; PERSONA_NOT_FOUND: an agent names a persona that is not one of its workspace; PLUGIN_NOT_ENABLED: a plugin that does not exist or is not enabled in the workspace, or a missing requirement; PLUGIN_DEPENDENCY_CYCLE: enabling a plugin whose `requires` form a cycle; PLUGIN_NOT_PUBLISHED: enabling a plugin with no published version; PLUGIN_VERSION_NOT_FOUND: pinning a version the plugin does not have; IDEMPOTENCY_KEY_REUSED: an Idempotency-Key reused with a different body; MODEL_NOT_ALLOWED: the tier's model list does not include the model (details list the allowed ids); NOT_ELIGIBLE: graduation requested before the readiness rules allow it; TEMPLATE_NOT_FOUND: creating an agent from a template that is neither built in nor the workspace's; NOT_A_MEMBER: granting agent access to an email that is not a member of the workspace; FOLDER_NOT_PUBLISHED: mounting a folder its agent does not publish; MOUNT_AGENT_NOT_FOUND: a mount names an agent the caller cannot see; MOUNT_CYCLE: a mount would make agents mount each other in a cycle; MOUNT_OWN_FOLDER: an agent mounting its own folder; WEBHOOK_HOST_LIMIT: the workspace already has the most webhooks allowed on that host */
        Error422: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description CONCURRENCY_LIMIT: the workspace already runs its tier's maximum of concurrent executions; RATE_LIMIT_EXCEEDED: the tier's per-minute rate or per-day quota is spent (`Retry-After` set) */
        Error429: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description INTERNAL: never with internal detail; quote the request id */
        Error500: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description EXECUTION_FAILED: the model provider or a tool failed in a synchronous execution */
        Error502: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description SERVICE_UNAVAILABLE: a dependency is not answering (`Retry-After` set) */
        Error503: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: {
        /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
        WorkspaceHeader: string;
        /** @description Retried requests with the same key and body replay the first response for 24 h, only to the same caller (same role and scopes) on the same path and workspace, after authorization and validation; an answer that carried a secret is never stored and its replay answers 409 SECRET_SHOWN_ONCE */
        IdempotencyKeyHeader: string;
        /** @description The `ETag` (version) the update applies to; a stale one answers 412 */
        IfMatchHeader: string;
        /** @description The event's `id`: the same on every retry and redelivery of it, so a receiver can de-duplicate. */
        WebhookIdHeader: string;
        /** @description When this attempt was signed, in seconds since the epoch. Refuse deliveries more than a few minutes old (replays). */
        WebhookTimestampHeader: string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}.{body}'>` signatures, keyed with the base64 part of the endpoint's `whsec_` secret; two while a rotated secret overlaps. One matching signature is enough. */
        WebhookSignatureHeader: string;
    };
    requestBodies: never;
    headers: {
        /** @description The request id, also in `meta.request_id` */
        "X-Request-Id": string;
        /** @description The workspace tier's daily request quota */
        "X-RateLimit-Limit": number;
        /** @description Requests left today */
        "X-RateLimit-Remaining": number;
        /** @description When the daily quota resets (epoch seconds) */
        "X-RateLimit-Reset": number;
        /** @description Seconds to wait before retrying */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    healthGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The platform is healthy */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @constant */
                            status: "ok";
                            version: string;
                            environment: string;
                            checks: {
                                table: {
                                    ok: boolean;
                                    latency_ms: number;
                                };
                                bucket: {
                                    ok: boolean;
                                    latency_ms: number;
                                };
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    docsOpenapi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    docsPage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The documentation page */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": unknown;
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    docsAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                asset: "swagger-ui.css" | "swagger-ui-bundle.js" | "swagger-ui-standalone-preset.js" | "init.js";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": unknown;
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    workspacesList: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description Alias of `limit` (the name some clients send); sending both answers 400 */
                per_page?: number;
                /** @description Page number (ignored with `cursor`) */
                page?: number;
                /** @description `next_cursor` of the previous page of this same list; signed, so an altered one or one from another list or workspace answers 400 */
                cursor?: string;
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Workspaces */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            workspaces: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                tier: "free" | "solo" | "team" | "enterprise";
                                /** @description The caller's role; null for a platform operator who is not a member */
                                role: ("owner" | "admin" | "member") | null;
                                limits: {
                                    requests_per_day: number | null;
                                    requests_per_minute: number;
                                    agents: number | null;
                                };
                                agent_limit_override: number | null;
                                /** @description Set by platform operators; null: the tier's executions at once */
                                execution_concurrency_override: number | null;
                                default_llm: {
                                    /** @enum {string} */
                                    provider: "local" | "bedrock" | "openai-compatible";
                                    model: string;
                                    temperature?: number;
                                    max_tokens?: number;
                                } | null;
                                /** @description Approving a held step needs someone other than whoever started the run (or created the API key that did) */
                                four_eyes_approval: boolean;
                                /** @description Each kind's default integration (set with `is_default` on /integrations); new agents get each of them */
                                default_integrations: {
                                    llm: string | null;
                                    embedding: string | null;
                                    storage: string | null;
                                };
                                created_by: string;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                                version: number;
                            }[];
                            pagination: {
                                page: number;
                                limit: number;
                                /** @description Items the list holds; null for an agent list with several filters whose first page does not hold it all, and for a file listing or a workspace-wide list of available folders whose page does not reach its end (page on with `next_cursor`) */
                                total: number | null;
                                pages: number | null;
                                next_cursor: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    workspacesCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description Retried requests with the same key and body replay the first response for 24 h, only to the same caller (same role and scopes) on the same path and workspace, after authorization and validation; an answer that carried a secret is never stored and its replay answers 409 SECRET_SHOWN_ONCE */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            workspace: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                tier: "free" | "solo" | "team" | "enterprise";
                                /** @description The caller's role; null for a platform operator who is not a member */
                                role: ("owner" | "admin" | "member") | null;
                                limits: {
                                    requests_per_day: number | null;
                                    requests_per_minute: number;
                                    agents: number | null;
                                };
                                agent_limit_override: number | null;
                                /** @description Set by platform operators; null: the tier's executions at once */
                                execution_concurrency_override: number | null;
                                default_llm: {
                                    /** @enum {string} */
                                    provider: "local" | "bedrock" | "openai-compatible";
                                    model: string;
                                    temperature?: number;
                                    max_tokens?: number;
                                } | null;
                                /** @description Approving a held step needs someone other than whoever started the run (or created the API key that did) */
                                four_eyes_approval: boolean;
                                /** @description Each kind's default integration (set with `is_default` on /integrations); new agents get each of them */
                                default_integrations: {
                                    llm: string | null;
                                    embedding: string | null;
                                    storage: string | null;
                                };
                                created_by: string;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                                version: number;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN, QUOTA_EXCEEDED */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description IDEMPOTENCY_IN_PROGRESS */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    workspacesGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                ws: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            workspace: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                tier: "free" | "solo" | "team" | "enterprise";
                                /** @description The caller's role; null for a platform operator who is not a member */
                                role: ("owner" | "admin" | "member") | null;
                                limits: {
                                    requests_per_day: number | null;
                                    requests_per_minute: number;
                                    agents: number | null;
                                };
                                agent_limit_override: number | null;
                                /** @description Set by platform operators; null: the tier's executions at once */
                                execution_concurrency_override: number | null;
                                default_llm: {
                                    /** @enum {string} */
                                    provider: "local" | "bedrock" | "openai-compatible";
                                    model: string;
                                    temperature?: number;
                                    max_tokens?: number;
                                } | null;
                                /** @description Approving a held step needs someone other than whoever started the run (or created the API key that did) */
                                four_eyes_approval: boolean;
                                /** @description Each kind's default integration (set with `is_default` on /integrations); new agents get each of them */
                                default_integrations: {
                                    llm: string | null;
                                    embedding: string | null;
                                    storage: string | null;
                                };
                                created_by: string;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                                version: number;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    workspacesUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description The `ETag` (version) the update applies to; a stale one answers 412 */
                "If-Match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                ws: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    default_llm?: {
                        /** @enum {string} */
                        provider: "local" | "bedrock" | "openai-compatible";
                        model: string;
                        temperature?: number;
                        max_tokens?: number;
                    } | null;
                    /** @description Owners and admins; default false */
                    four_eyes_approval?: boolean;
                    /** @description Platform operators only */
                    agent_limit_override?: number | null;
                    /**
                     * @description Platform operators only
                     * @enum {string}
                     */
                    tier?: "free" | "solo" | "team" | "enterprise";
                    /** @description Platform operators only: the workspace's monthly model spend budget in US dollars; null restores the tier's */
                    monthly_budget_usd?: number | null;
                    /** @description Platform operators only: how many executions the workspace may run at once; null restores the tier's */
                    execution_concurrency_override?: number | null;
                };
            };
        };
        responses: {
            /** @description The updated workspace */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            workspace: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                tier: "free" | "solo" | "team" | "enterprise";
                                /** @description The caller's role; null for a platform operator who is not a member */
                                role: ("owner" | "admin" | "member") | null;
                                limits: {
                                    requests_per_day: number | null;
                                    requests_per_minute: number;
                                    agents: number | null;
                                };
                                agent_limit_override: number | null;
                                /** @description Set by platform operators; null: the tier's executions at once */
                                execution_concurrency_override: number | null;
                                default_llm: {
                                    /** @enum {string} */
                                    provider: "local" | "bedrock" | "openai-compatible";
                                    model: string;
                                    temperature?: number;
                                    max_tokens?: number;
                                } | null;
                                /** @description Approving a held step needs someone other than whoever started the run (or created the API key that did) */
                                four_eyes_approval: boolean;
                                /** @description Each kind's default integration (set with `is_default` on /integrations); new agents get each of them */
                                default_integrations: {
                                    llm: string | null;
                                    embedding: string | null;
                                    storage: string | null;
                                };
                                created_by: string;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                                version: number;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT, IMMUTABLE_FIELD */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description MODEL_NOT_ALLOWED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    workspacesMembersList: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description Alias of `limit` (the name some clients send); sending both answers 400 */
                per_page?: number;
                /** @description Page number (ignored with `cursor`) */
                page?: number;
                /** @description `next_cursor` of the previous page of this same list; signed, so an altered one or one from another list or workspace answers 400 */
                cursor?: string;
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                ws: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Members */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            members: {
                                email: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "member";
                                user_id: string | null;
                                invited_by: string | null;
                                /** @description ISO-8601 UTC */
                                joined_at: string;
                            }[];
                            pagination: {
                                page: number;
                                limit: number;
                                /** @description Items the list holds; null for an agent list with several filters whose first page does not hold it all, and for a file listing or a workspace-wide list of available folders whose page does not reach its end (page on with `next_cursor`) */
                                total: number | null;
                                pages: number | null;
                                next_cursor: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    workspacesMembersAdd: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description Retried requests with the same key and body replay the first response for 24 h, only to the same caller (same role and scopes) on the same path and workspace, after authorization and validation; an answer that carried a secret is never stored and its replay answers 409 SECRET_SHOWN_ONCE */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                ws: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    /**
                     * @default member
                     * @enum {string}
                     */
                    role?: "owner" | "admin" | "member";
                };
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            member: {
                                email: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "member";
                                user_id: string | null;
                                invited_by: string | null;
                                /** @description ISO-8601 UTC */
                                joined_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description IDEMPOTENCY_IN_PROGRESS, ALREADY_MEMBER, LAST_OWNER */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    workspacesMembersRemove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                ws: string;
                user: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @constant */
                            deleted: true;
                            member_id: string;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN, QUOTA_EXCEEDED */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, MEMBER_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description CONCURRENT_MODIFICATION, LAST_OWNER */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    workspacesMembersUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description The `ETag` (version) the update applies to; a stale one answers 412 */
                "If-Match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                ws: string;
                user: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "owner" | "admin" | "member";
                };
            };
        };
        responses: {
            /** @description The member */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            member: {
                                email: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "member";
                                user_id: string | null;
                                invited_by: string | null;
                                /** @description ISO-8601 UTC */
                                joined_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN, QUOTA_EXCEEDED */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, MEMBER_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description CONCURRENT_MODIFICATION, LAST_OWNER */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    workspacesApiKeysList: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description Alias of `limit` (the name some clients send); sending both answers 400 */
                per_page?: number;
                /** @description Page number (ignored with `cursor`) */
                page?: number;
                /** @description `next_cursor` of the previous page of this same list; signed, so an altered one or one from another list or workspace answers 400 */
                cursor?: string;
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                ws: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API keys */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            api_keys: {
                                id: string;
                                name: string;
                                scopes: ("read" | "write" | "execute" | "admin")[];
                                prefix: string;
                                created_by: string;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                last_used_at: string | null;
                                /** @description After this the key answers 401; null: until revoked */
                                expires_at: string | null;
                            }[];
                            pagination: {
                                page: number;
                                limit: number;
                                /** @description Items the list holds; null for an agent list with several filters whose first page does not hold it all, and for a file listing or a workspace-wide list of available folders whose page does not reach its end (page on with `next_cursor`) */
                                total: number | null;
                                pages: number | null;
                                next_cursor: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    workspacesApiKeysCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description Retried requests with the same key and body replay the first response for 24 h, only to the same caller (same role and scopes) on the same path and workspace, after authorization and validation; an answer that carried a secret is never stored and its replay answers 409 SECRET_SHOWN_ONCE */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                ws: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    scopes: ("read" | "write" | "execute" | "admin")[];
                    /**
                     * Format: date-time
                     * @description Optional expiry; an expired key answers 401
                     */
                    expires_at?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            api_key: {
                                id: string;
                                name: string;
                                scopes: ("read" | "write" | "execute" | "admin")[];
                                prefix: string;
                                created_by: string;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                last_used_at: string | null;
                                /** @description After this the key answers 401; null: until revoked */
                                expires_at: string | null;
                                secret: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description IDEMPOTENCY_IN_PROGRESS, SECRET_SHOWN_ONCE */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    workspacesApiKeysRevoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                ws: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @constant */
                            deleted: true;
                            api_key_id: string;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, API_KEY_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    workspacesUsage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                ws: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            usage: {
                                workspace_id: string;
                                /** @enum {string} */
                                tier: "free" | "solo" | "team" | "enterprise";
                                date: string;
                                requests: {
                                    today: number;
                                    daily_quota: number | null;
                                    remaining_today: number | null;
                                    per_minute: number;
                                    /** @description ISO-8601 UTC */
                                    resets_at: string;
                                };
                                agents: {
                                    used: number;
                                    allowed: number | null;
                                };
                                /** @description Bytes of agent files against the tier's storage quota (null: unlimited) */
                                storage: {
                                    used_bytes: number;
                                    limit_bytes: number | null;
                                };
                                /** @description Model turns' cost this calendar month (UTC) against the workspace's budget (null: unlimited) */
                                spend: {
                                    month: string;
                                    spent_usd: number;
                                    budget_usd: number | null;
                                    remaining_usd: number | null;
                                };
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    integrationsList: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description Alias of `limit` (the name some clients send); sending both answers 400 */
                per_page?: number;
                /** @description Page number (ignored with `cursor`) */
                page?: number;
                /** @description `next_cursor` of the previous page of this same list; signed, so an altered one or one from another list or workspace answers 400 */
                cursor?: string;
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                ws: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Integrations */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            integrations: {
                                id: string;
                                /** @enum {string} */
                                kind: "llm" | "embedding" | "storage";
                                provider: string;
                                name: string;
                                config: {
                                    [key: string]: unknown;
                                };
                                credentials: {
                                    configured: boolean;
                                    /** @description Names only: values are never returned */
                                    names: string[];
                                };
                                is_default: boolean;
                                /** @description Agents that use it; it cannot be deleted while this is above 0 */
                                agents: number;
                                created_by: string;
                                created_at: string;
                                updated_at: string;
                                version: number;
                            }[];
                            pagination: {
                                page: number;
                                limit: number;
                                /** @description Items the list holds; null for an agent list with several filters whose first page does not hold it all, and for a file listing or a workspace-wide list of available folders whose page does not reach its end (page on with `next_cursor`) */
                                total: number | null;
                                pages: number | null;
                                next_cursor: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    integrationsCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description Retried requests with the same key and body replay the first response for 24 h, only to the same caller (same role and scopes) on the same path and workspace, after authorization and validation; an answer that carried a secret is never stored and its replay answers 409 SECRET_SHOWN_ONCE */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                ws: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "llm" | "embedding" | "storage";
                    /** @description Per kind: llm: bedrock, openai-compatible, local; embedding: bedrock, openai-compatible, local; storage: s3-vectors, opensearch, pgvector, local. For llm and embedding, `openai` and `workers-ai` are stored as `openai-compatible` with `config.base_url` filled in: https://api.openai.com/v1, or https://api.cloudflare.com/client/v4/accounts/<config.account_id>/ai/v1 */
                    provider: string;
                    name: string;
                    /** @description Provider settings that are not secret: model, region, base_url (a public https:// URL), index name… */
                    config?: {
                        [key: string]: unknown;
                    };
                    /** @description Secrets such as `{"API_KEY": "…"}`: stored encrypted, never returned (only their names are) */
                    credentials?: {
                        [key: string]: string;
                    };
                    /** @description Default of its kind for new agents; the first integration of a kind becomes it unless `false` */
                    is_default?: boolean;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            integration: {
                                id: string;
                                /** @enum {string} */
                                kind: "llm" | "embedding" | "storage";
                                provider: string;
                                name: string;
                                config: {
                                    [key: string]: unknown;
                                };
                                credentials: {
                                    configured: boolean;
                                    /** @description Names only: values are never returned */
                                    names: string[];
                                };
                                is_default: boolean;
                                /** @description Agents that use it; it cannot be deleted while this is above 0 */
                                agents: number;
                                created_by: string;
                                created_at: string;
                                updated_at: string;
                                version: number;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description IDEMPOTENCY_IN_PROGRESS */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    integrationsGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                ws: string;
                integration: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integration */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            integration: {
                                id: string;
                                /** @enum {string} */
                                kind: "llm" | "embedding" | "storage";
                                provider: string;
                                name: string;
                                config: {
                                    [key: string]: unknown;
                                };
                                credentials: {
                                    configured: boolean;
                                    /** @description Names only: values are never returned */
                                    names: string[];
                                };
                                is_default: boolean;
                                /** @description Agents that use it; it cannot be deleted while this is above 0 */
                                agents: number;
                                created_by: string;
                                created_at: string;
                                updated_at: string;
                                version: number;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    integrationsDelete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                ws: string;
                integration: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @constant */
                            deleted: true;
                            integration_id: string;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description INTEGRATION_IN_USE */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    integrationsUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description The `ETag` (version) the update applies to; a stale one answers 412 */
                "If-Match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                ws: string;
                integration: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Another provider of the same kind; `openai` or `workers-ai` also sets `config` (as on create) */
                    provider?: string;
                    name?: string;
                    /** @description Replaces the whole config */
                    config?: {
                        [key: string]: unknown;
                    };
                    /** @description Replaces every credential; null removes them */
                    credentials?: {
                        [key: string]: string;
                    } | null;
                    is_default?: boolean;
                };
            };
        };
        responses: {
            /** @description The updated integration */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            integration: {
                                id: string;
                                /** @enum {string} */
                                kind: "llm" | "embedding" | "storage";
                                provider: string;
                                name: string;
                                config: {
                                    [key: string]: unknown;
                                };
                                credentials: {
                                    configured: boolean;
                                    /** @description Names only: values are never returned */
                                    names: string[];
                                };
                                is_default: boolean;
                                /** @description Agents that use it; it cannot be deleted while this is above 0 */
                                agents: number;
                                created_by: string;
                                created_at: string;
                                updated_at: string;
                                version: number;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT, IMMUTABLE_FIELD */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsList: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description Alias of `limit` (the name some clients send); sending both answers 400 */
                per_page?: number;
                /** @description Page number (ignored with `cursor`) */
                page?: number;
                /** @description `next_cursor` of the previous page of this same list; signed, so an altered one or one from another list or workspace answers 400 */
                cursor?: string;
                /** @description Deleted agents are listed only with status=deleted; `inactive` means `paused` (switched off by its owner, back with `active`) */
                status?: "draft" | "active" | "published" | "paused" | "disabled" | "archived" | "deleted" | "inactive";
                /** @description `idle` after a run finished, `failed` when the last run failed, `running` during one, `stopped` when stopped */
                runtime_state?: "stopped" | "running" | "idle" | "failed";
                type?: string;
                role?: "general-assistant" | "finance-agent" | "marketing-agent" | "developer-agent" | "custom";
                maturity_level?: "student" | "intern" | "supervised" | "autonomous";
                /** @description Comma-separated, at most 20; an agent with any of them matches */
                tags?: string;
                /** @description Name prefix, case-insensitive */
                q?: string;
                sort?: "created_at" | "name" | "updated_at";
                order?: "asc" | "desc";
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Agents, each with the `statistics` summary `GET /api/agents/{agent}` shows */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @description The page's agents; `statistics` comes from each agent's execution aggregate, read in one batch per page */
                            agents: {
                                id: string;
                                workspace_id: string;
                                /** @description The same as `workspace_id`, under the name some clients read */
                                tenant_id: string;
                                slug: string;
                                name: string;
                                description: string | null;
                                type: string;
                                /** @enum {string} */
                                role: "general-assistant" | "finance-agent" | "marketing-agent" | "developer-agent" | "custom";
                                /**
                                 * @description Set at create; then raised one level by graduation, and lowered one level (never below student) by governance: 3 governance violations recorded at the current level within 7 days demote the agent at once, reset its episodes at the new level and publish `agent.demoted`
                                 * @enum {string}
                                 */
                                maturity_level: "student" | "intern" | "supervised" | "autonomous";
                                /** @enum {string} */
                                status: "draft" | "active" | "published" | "paused" | "disabled" | "archived" | "deleted";
                                /** @enum {string} */
                                runtime_state: "stopped" | "running" | "idle" | "failed";
                                capabilities: string[];
                                tags: string[];
                                configuration: {
                                    temperature?: number;
                                    max_tokens?: number;
                                    top_p?: number;
                                    /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                                    top_k?: number;
                                    /** @description One stop sequence or up to four */
                                    stop?: unknown;
                                    /** @description -2 to 2; OpenAI-compatible only */
                                    presence_penalty?: number;
                                    /** @description -2 to 2; OpenAI-compatible only */
                                    frequency_penalty?: number;
                                    /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                                    seed?: number;
                                    /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                                    response_format?: {
                                        /** @constant */
                                        type: "text";
                                    } | {
                                        /** @constant */
                                        type: "json_object";
                                    } | {
                                        /** @constant */
                                        type: "json_schema";
                                        json_schema: {
                                            name: string;
                                            schema: {
                                                [key: string]: unknown;
                                            };
                                            strict?: boolean;
                                        };
                                    };
                                };
                                /** @enum {string} */
                                llm_provider: "local" | "bedrock" | "openai-compatible";
                                llm_model: string;
                                /** @description The LLM settings as `GET /api/agents/{agent}/settings` shows them (read-only here; change them there or with the fields above) */
                                settings: {
                                    /** @enum {string} */
                                    llm_provider: "local" | "bedrock" | "openai-compatible";
                                    llm_model: string;
                                    llm_temperature: number | null;
                                };
                                llm_integration_id: string | null;
                                embedding_integration_id: string | null;
                                storage_integration_id: string | null;
                                system_prompt: string | null;
                                instruction_template: string | null;
                                persona_id: string | null;
                                use_custom_persona: boolean;
                                custom_persona_prompt: string | null;
                                template: string | null;
                                runtime: string | null;
                                runtime_model: string | null;
                                resources: {
                                    cpu: number;
                                    memory: string;
                                } | null;
                                github_repo: string | null;
                                color: string;
                                /** @description `/api/agents/<agent_id>/avatar` (a redirect to the image) once an avatar was uploaded */
                                avatar_url: string | null;
                                contact_config: {
                                    [key: string]: unknown;
                                } | null;
                                storage_config: {
                                    [key: string]: unknown;
                                } | null;
                                autonomy_enabled: boolean;
                                read_only_enabled: boolean;
                                timeout_seconds: number;
                                is_system: boolean;
                                owner: string;
                                owner_email: string;
                                created_by: string;
                                /** @description The last health check (GET /api/agents/{agent}/health checks again) */
                                health: {
                                    /** @description Every capability is healthy */
                                    healthy: boolean;
                                    /** @description When the check ran; null: never checked (then `healthy` only says the last run did not fail) */
                                    checked_at: string | null;
                                    /** @description `model`, `plugins`, `credentials`, `integrations` */
                                    capabilities: {
                                        [key: string]: {
                                            healthy: boolean;
                                            /** @description Why not, and what to do; null when healthy */
                                            reason: string | null;
                                        };
                                    };
                                };
                                statistics: {
                                    total_executions: number;
                                    successful_executions: number;
                                    success_rate: number;
                                    avg_confidence: number | null;
                                    last_execution: string | null;
                                };
                                graduation: {
                                    /** @enum {string} */
                                    current_level: "student" | "intern" | "supervised" | "autonomous";
                                    readiness_score: number;
                                    eligible_levels: ("student" | "intern" | "supervised" | "autonomous")[];
                                    episodes_until_exam: number;
                                };
                                version: number;
                                created_at: string;
                                updated_at: string;
                            }[];
                            pagination: {
                                page: number;
                                limit: number;
                                /** @description Items the list holds; null for an agent list with several filters whose first page does not hold it all, and for a file listing or a workspace-wide list of available folders whose page does not reach its end (page on with `next_cursor`) */
                                total: number | null;
                                pages: number | null;
                                next_cursor: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description Retried requests with the same key and body replay the first response for 24 h, only to the same caller (same role and scopes) on the same path and workspace, after authorization and validation; an answer that carried a secret is never stored and its replay answers 409 SECRET_SHOWN_ONCE */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON, at most 3058348 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    slug?: string;
                    description?: string | null;
                    type?: string;
                    /** @enum {string} */
                    status?: "draft" | "active" | "published" | "paused" | "disabled" | "archived";
                    capabilities?: string[];
                    tags?: string[];
                    configuration?: {
                        temperature?: number;
                        max_tokens?: number;
                        top_p?: number;
                        /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                        top_k?: number;
                        /** @description One stop sequence or up to four */
                        stop?: string | string[];
                        /** @description -2 to 2; OpenAI-compatible only */
                        presence_penalty?: number;
                        /** @description -2 to 2; OpenAI-compatible only */
                        frequency_penalty?: number;
                        /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                        seed?: number;
                        /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                        response_format?: {
                            /** @constant */
                            type: "text";
                        } | {
                            /** @constant */
                            type: "json_object";
                        } | {
                            /** @constant */
                            type: "json_schema";
                            json_schema: {
                                name: string;
                                schema: {
                                    [key: string]: unknown;
                                };
                                strict?: boolean;
                            };
                        };
                    };
                    /**
                     * @description `openai` and `workers-ai` are accepted and stored as `openai-compatible` (OpenAI's endpoint by default; Workers AI through an llm integration that names the account)
                     * @enum {string}
                     */
                    llm_provider?: "local" | "bedrock" | "openai-compatible" | "openai" | "workers-ai";
                    llm_model?: string;
                    /** @description An llm integration of the workspace; when set, runs use its provider, base_url and credentials instead of the agent's own */
                    llm_integration_id?: string | null;
                    /** @description An embedding integration of the workspace (its default one when absent on create); counted as in use, and checked by health */
                    embedding_integration_id?: string | null;
                    storage_integration_id?: string | null;
                    system_prompt?: string | null;
                    instruction_template?: string | null;
                    persona_id?: string | null;
                    use_custom_persona?: boolean;
                    custom_persona_prompt?: string | null;
                    template?: string | null;
                    runtime?: string | null;
                    runtime_model?: string | null;
                    /** @description CPU as a number or string ("2", "500m"); memory with a unit (512m, 4g, 4Gi); stored as a number and `<n>m`/`<n>g` */
                    resources?: {
                        cpu: number | string;
                        memory: string;
                    } | null;
                    /** @description The repository the agent works on: `Org/repo` or an https git URL; stored and shown, never fetched */
                    github_repo?: string | null;
                    color?: string;
                    contact_config?: {
                        [key: string]: unknown;
                    } | null;
                    storage_config?: {
                        [key: string]: unknown;
                    } | null;
                    autonomy_enabled?: boolean;
                    read_only_enabled?: boolean;
                    timeout_seconds?: number;
                    /** @description An https URL of the image, which `GET /api/agents/{agent}/avatar` then redirects to; null removes the avatar */
                    avatar?: string | null;
                    /** @description The image, base64-encoded: PNG, JPEG, GIF or WebP by its first bytes, at most 2 MiB decoded (as `POST /api/agents/{agent}/avatar`) */
                    avatar_base64?: string;
                    /** @description Informational only: the type comes from the bytes, never from the name */
                    avatar_filename?: string;
                    llm_config?: {
                        temperature?: number;
                        max_tokens?: number;
                        top_p?: number;
                        /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                        top_k?: number;
                        /** @description One stop sequence or up to four */
                        stop?: string | string[];
                        /** @description -2 to 2; OpenAI-compatible only */
                        presence_penalty?: number;
                        /** @description -2 to 2; OpenAI-compatible only */
                        frequency_penalty?: number;
                        /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                        seed?: number;
                        /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                        response_format?: {
                            /** @constant */
                            type: "text";
                        } | {
                            /** @constant */
                            type: "json_object";
                        } | {
                            /** @constant */
                            type: "json_schema";
                            json_schema: {
                                name: string;
                                schema: {
                                    [key: string]: unknown;
                                };
                                strict?: boolean;
                            };
                        };
                    };
                    model_config?: {
                        temperature?: number;
                        max_tokens?: number;
                        top_p?: number;
                        /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                        top_k?: number;
                        /** @description One stop sequence or up to four */
                        stop?: string | string[];
                        /** @description -2 to 2; OpenAI-compatible only */
                        presence_penalty?: number;
                        /** @description -2 to 2; OpenAI-compatible only */
                        frequency_penalty?: number;
                        /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                        seed?: number;
                        /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                        response_format?: {
                            /** @constant */
                            type: "text";
                        } | {
                            /** @constant */
                            type: "json_object";
                        } | {
                            /** @constant */
                            type: "json_schema";
                            json_schema: {
                                name: string;
                                schema: {
                                    [key: string]: unknown;
                                };
                                strict?: boolean;
                            };
                        };
                    };
                    custom_instructions?: string | null;
                    /** @enum {string} */
                    role?: "general-assistant" | "finance-agent" | "marketing-agent" | "developer-agent" | "custom";
                    /** @enum {string} */
                    maturity_level?: "student" | "intern" | "supervised" | "autonomous";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            agent: {
                                id: string;
                                workspace_id: string;
                                /** @description The same as `workspace_id`, under the name some clients read */
                                tenant_id: string;
                                slug: string;
                                name: string;
                                description: string | null;
                                type: string;
                                /** @enum {string} */
                                role: "general-assistant" | "finance-agent" | "marketing-agent" | "developer-agent" | "custom";
                                /**
                                 * @description Set at create; then raised one level by graduation, and lowered one level (never below student) by governance: 3 governance violations recorded at the current level within 7 days demote the agent at once, reset its episodes at the new level and publish `agent.demoted`
                                 * @enum {string}
                                 */
                                maturity_level: "student" | "intern" | "supervised" | "autonomous";
                                /** @enum {string} */
                                status: "draft" | "active" | "published" | "paused" | "disabled" | "archived" | "deleted";
                                /** @enum {string} */
                                runtime_state: "stopped" | "running" | "idle" | "failed";
                                capabilities: string[];
                                tags: string[];
                                configuration: {
                                    temperature?: number;
                                    max_tokens?: number;
                                    top_p?: number;
                                    /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                                    top_k?: number;
                                    /** @description One stop sequence or up to four */
                                    stop?: unknown;
                                    /** @description -2 to 2; OpenAI-compatible only */
                                    presence_penalty?: number;
                                    /** @description -2 to 2; OpenAI-compatible only */
                                    frequency_penalty?: number;
                                    /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                                    seed?: number;
                                    /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                                    response_format?: {
                                        /** @constant */
                                        type: "text";
                                    } | {
                                        /** @constant */
                                        type: "json_object";
                                    } | {
                                        /** @constant */
                                        type: "json_schema";
                                        json_schema: {
                                            name: string;
                                            schema: {
                                                [key: string]: unknown;
                                            };
                                            strict?: boolean;
                                        };
                                    };
                                };
                                /** @enum {string} */
                                llm_provider: "local" | "bedrock" | "openai-compatible";
                                llm_model: string;
                                /** @description The LLM settings as `GET /api/agents/{agent}/settings` shows them (read-only here; change them there or with the fields above) */
                                settings: {
                                    /** @enum {string} */
                                    llm_provider: "local" | "bedrock" | "openai-compatible";
                                    llm_model: string;
                                    llm_temperature: number | null;
                                };
                                llm_integration_id: string | null;
                                embedding_integration_id: string | null;
                                storage_integration_id: string | null;
                                system_prompt: string | null;
                                instruction_template: string | null;
                                persona_id: string | null;
                                use_custom_persona: boolean;
                                custom_persona_prompt: string | null;
                                template: string | null;
                                runtime: string | null;
                                runtime_model: string | null;
                                resources: {
                                    cpu: number;
                                    memory: string;
                                } | null;
                                github_repo: string | null;
                                color: string;
                                /** @description `/api/agents/<agent_id>/avatar` (a redirect to the image) once an avatar was uploaded */
                                avatar_url: string | null;
                                contact_config: {
                                    [key: string]: unknown;
                                } | null;
                                storage_config: {
                                    [key: string]: unknown;
                                } | null;
                                autonomy_enabled: boolean;
                                read_only_enabled: boolean;
                                timeout_seconds: number;
                                is_system: boolean;
                                owner: string;
                                owner_email: string;
                                created_by: string;
                                /** @description The last health check (GET /api/agents/{agent}/health checks again) */
                                health: {
                                    /** @description Every capability is healthy */
                                    healthy: boolean;
                                    /** @description When the check ran; null: never checked (then `healthy` only says the last run did not fail) */
                                    checked_at: string | null;
                                    /** @description `model`, `plugins`, `credentials`, `integrations` */
                                    capabilities: {
                                        [key: string]: {
                                            healthy: boolean;
                                            /** @description Why not, and what to do; null when healthy */
                                            reason: string | null;
                                        };
                                    };
                                };
                                statistics: {
                                    total_executions: number;
                                    successful_executions: number;
                                    success_rate: number;
                                    avg_confidence: number | null;
                                    last_execution: string | null;
                                };
                                graduation: {
                                    /** @enum {string} */
                                    current_level: "student" | "intern" | "supervised" | "autonomous";
                                    readiness_score: number;
                                    eligible_levels: ("student" | "intern" | "supervised" | "autonomous")[];
                                    episodes_until_exam: number;
                                };
                                version: number;
                                created_at: string;
                                updated_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN, AGENT_LIMIT_EXCEEDED */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description IDEMPOTENCY_IN_PROGRESS, NAME_TAKEN */
            409: components["responses"]["Error409"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description IDEMPOTENCY_KEY_REUSED, INTEGRATION_NOT_FOUND, MODEL_NOT_ALLOWED, PERSONA_NOT_FOUND, PLUGIN_NOT_ENABLED, TEMPLATE_NOT_FOUND */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            agent: {
                                id: string;
                                workspace_id: string;
                                /** @description The same as `workspace_id`, under the name some clients read */
                                tenant_id: string;
                                slug: string;
                                name: string;
                                description: string | null;
                                type: string;
                                /** @enum {string} */
                                role: "general-assistant" | "finance-agent" | "marketing-agent" | "developer-agent" | "custom";
                                /**
                                 * @description Set at create; then raised one level by graduation, and lowered one level (never below student) by governance: 3 governance violations recorded at the current level within 7 days demote the agent at once, reset its episodes at the new level and publish `agent.demoted`
                                 * @enum {string}
                                 */
                                maturity_level: "student" | "intern" | "supervised" | "autonomous";
                                /** @enum {string} */
                                status: "draft" | "active" | "published" | "paused" | "disabled" | "archived" | "deleted";
                                /** @enum {string} */
                                runtime_state: "stopped" | "running" | "idle" | "failed";
                                capabilities: string[];
                                tags: string[];
                                configuration: {
                                    temperature?: number;
                                    max_tokens?: number;
                                    top_p?: number;
                                    /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                                    top_k?: number;
                                    /** @description One stop sequence or up to four */
                                    stop?: unknown;
                                    /** @description -2 to 2; OpenAI-compatible only */
                                    presence_penalty?: number;
                                    /** @description -2 to 2; OpenAI-compatible only */
                                    frequency_penalty?: number;
                                    /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                                    seed?: number;
                                    /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                                    response_format?: {
                                        /** @constant */
                                        type: "text";
                                    } | {
                                        /** @constant */
                                        type: "json_object";
                                    } | {
                                        /** @constant */
                                        type: "json_schema";
                                        json_schema: {
                                            name: string;
                                            schema: {
                                                [key: string]: unknown;
                                            };
                                            strict?: boolean;
                                        };
                                    };
                                };
                                /** @enum {string} */
                                llm_provider: "local" | "bedrock" | "openai-compatible";
                                llm_model: string;
                                /** @description The LLM settings as `GET /api/agents/{agent}/settings` shows them (read-only here; change them there or with the fields above) */
                                settings: {
                                    /** @enum {string} */
                                    llm_provider: "local" | "bedrock" | "openai-compatible";
                                    llm_model: string;
                                    llm_temperature: number | null;
                                };
                                llm_integration_id: string | null;
                                embedding_integration_id: string | null;
                                storage_integration_id: string | null;
                                system_prompt: string | null;
                                instruction_template: string | null;
                                persona_id: string | null;
                                use_custom_persona: boolean;
                                custom_persona_prompt: string | null;
                                template: string | null;
                                runtime: string | null;
                                runtime_model: string | null;
                                resources: {
                                    cpu: number;
                                    memory: string;
                                } | null;
                                github_repo: string | null;
                                color: string;
                                /** @description `/api/agents/<agent_id>/avatar` (a redirect to the image) once an avatar was uploaded */
                                avatar_url: string | null;
                                contact_config: {
                                    [key: string]: unknown;
                                } | null;
                                storage_config: {
                                    [key: string]: unknown;
                                } | null;
                                autonomy_enabled: boolean;
                                read_only_enabled: boolean;
                                timeout_seconds: number;
                                is_system: boolean;
                                owner: string;
                                owner_email: string;
                                created_by: string;
                                /** @description The last health check (GET /api/agents/{agent}/health checks again) */
                                health: {
                                    /** @description Every capability is healthy */
                                    healthy: boolean;
                                    /** @description When the check ran; null: never checked (then `healthy` only says the last run did not fail) */
                                    checked_at: string | null;
                                    /** @description `model`, `plugins`, `credentials`, `integrations` */
                                    capabilities: {
                                        [key: string]: {
                                            healthy: boolean;
                                            /** @description Why not, and what to do; null when healthy */
                                            reason: string | null;
                                        };
                                    };
                                };
                                statistics: {
                                    total_executions: number;
                                    successful_executions: number;
                                    success_rate: number;
                                    avg_confidence: number | null;
                                    last_execution: string | null;
                                };
                                graduation: {
                                    /** @enum {string} */
                                    current_level: "student" | "intern" | "supervised" | "autonomous";
                                    readiness_score: number;
                                    eligible_levels: ("student" | "intern" | "supervised" | "autonomous")[];
                                    episodes_until_exam: number;
                                };
                                version: number;
                                created_at: string;
                                updated_at: string;
                                /** @description Whether the caller is the agent's owner (`owner`) */
                                is_owner: boolean;
                                /** @description The assigned plugins in priority order */
                                plugins: {
                                    plugin_id: string;
                                    /** @description 0 = first = highest priority */
                                    priority: number;
                                }[];
                                /** @description The skills of the assigned plugins, from the manifests of the versions they ran when last assigned (`PUT /api/agents/{agent}/plugins`); `GET /api/agents/{agent}/context` assembles those of the versions running now */
                                skills: {
                                    name: string;
                                    plugin_id: string;
                                }[];
                                /** @description How many schedules the agent has (at most 20) */
                                schedules_count: number;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsPut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description The `ETag` (version) the update applies to; a stale one answers 412 */
                "If-Match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 3058348 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    slug?: string;
                    description?: string | null;
                    type?: string;
                    /** @enum {string} */
                    status?: "draft" | "active" | "published" | "paused" | "disabled" | "archived";
                    capabilities?: string[];
                    tags?: string[];
                    configuration?: {
                        temperature?: number;
                        max_tokens?: number;
                        top_p?: number;
                        /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                        top_k?: number;
                        /** @description One stop sequence or up to four */
                        stop?: string | string[];
                        /** @description -2 to 2; OpenAI-compatible only */
                        presence_penalty?: number;
                        /** @description -2 to 2; OpenAI-compatible only */
                        frequency_penalty?: number;
                        /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                        seed?: number;
                        /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                        response_format?: {
                            /** @constant */
                            type: "text";
                        } | {
                            /** @constant */
                            type: "json_object";
                        } | {
                            /** @constant */
                            type: "json_schema";
                            json_schema: {
                                name: string;
                                schema: {
                                    [key: string]: unknown;
                                };
                                strict?: boolean;
                            };
                        };
                    };
                    /**
                     * @description `openai` and `workers-ai` are accepted and stored as `openai-compatible` (OpenAI's endpoint by default; Workers AI through an llm integration that names the account)
                     * @enum {string}
                     */
                    llm_provider?: "local" | "bedrock" | "openai-compatible" | "openai" | "workers-ai";
                    llm_model?: string;
                    /** @description An llm integration of the workspace; when set, runs use its provider, base_url and credentials instead of the agent's own */
                    llm_integration_id?: string | null;
                    /** @description An embedding integration of the workspace (its default one when absent on create); counted as in use, and checked by health */
                    embedding_integration_id?: string | null;
                    storage_integration_id?: string | null;
                    system_prompt?: string | null;
                    instruction_template?: string | null;
                    persona_id?: string | null;
                    use_custom_persona?: boolean;
                    custom_persona_prompt?: string | null;
                    template?: string | null;
                    runtime?: string | null;
                    runtime_model?: string | null;
                    /** @description CPU as a number or string ("2", "500m"); memory with a unit (512m, 4g, 4Gi); stored as a number and `<n>m`/`<n>g` */
                    resources?: {
                        cpu: number | string;
                        memory: string;
                    } | null;
                    /** @description The repository the agent works on: `Org/repo` or an https git URL; stored and shown, never fetched */
                    github_repo?: string | null;
                    color?: string;
                    contact_config?: {
                        [key: string]: unknown;
                    } | null;
                    storage_config?: {
                        [key: string]: unknown;
                    } | null;
                    autonomy_enabled?: boolean;
                    read_only_enabled?: boolean;
                    timeout_seconds?: number;
                    owner?: string;
                    /** @description An https URL of the image, which `GET /api/agents/{agent}/avatar` then redirects to; null removes the avatar */
                    avatar?: string | null;
                    /** @description The image, base64-encoded: PNG, JPEG, GIF or WebP by its first bytes, at most 2 MiB decoded (as `POST /api/agents/{agent}/avatar`) */
                    avatar_base64?: string;
                    /** @description Informational only: the type comes from the bytes, never from the name */
                    avatar_filename?: string;
                    llm_config?: {
                        temperature?: number;
                        max_tokens?: number;
                        top_p?: number;
                        /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                        top_k?: number;
                        /** @description One stop sequence or up to four */
                        stop?: string | string[];
                        /** @description -2 to 2; OpenAI-compatible only */
                        presence_penalty?: number;
                        /** @description -2 to 2; OpenAI-compatible only */
                        frequency_penalty?: number;
                        /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                        seed?: number;
                        /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                        response_format?: {
                            /** @constant */
                            type: "text";
                        } | {
                            /** @constant */
                            type: "json_object";
                        } | {
                            /** @constant */
                            type: "json_schema";
                            json_schema: {
                                name: string;
                                schema: {
                                    [key: string]: unknown;
                                };
                                strict?: boolean;
                            };
                        };
                    };
                    model_config?: {
                        temperature?: number;
                        max_tokens?: number;
                        top_p?: number;
                        /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                        top_k?: number;
                        /** @description One stop sequence or up to four */
                        stop?: string | string[];
                        /** @description -2 to 2; OpenAI-compatible only */
                        presence_penalty?: number;
                        /** @description -2 to 2; OpenAI-compatible only */
                        frequency_penalty?: number;
                        /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                        seed?: number;
                        /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                        response_format?: {
                            /** @constant */
                            type: "text";
                        } | {
                            /** @constant */
                            type: "json_object";
                        } | {
                            /** @constant */
                            type: "json_schema";
                            json_schema: {
                                name: string;
                                schema: {
                                    [key: string]: unknown;
                                };
                                strict?: boolean;
                            };
                        };
                    };
                    custom_instructions?: string | null;
                };
            };
        };
        responses: {
            /** @description The updated agent */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            agent: {
                                id: string;
                                workspace_id: string;
                                /** @description The same as `workspace_id`, under the name some clients read */
                                tenant_id: string;
                                slug: string;
                                name: string;
                                description: string | null;
                                type: string;
                                /** @enum {string} */
                                role: "general-assistant" | "finance-agent" | "marketing-agent" | "developer-agent" | "custom";
                                /**
                                 * @description Set at create; then raised one level by graduation, and lowered one level (never below student) by governance: 3 governance violations recorded at the current level within 7 days demote the agent at once, reset its episodes at the new level and publish `agent.demoted`
                                 * @enum {string}
                                 */
                                maturity_level: "student" | "intern" | "supervised" | "autonomous";
                                /** @enum {string} */
                                status: "draft" | "active" | "published" | "paused" | "disabled" | "archived" | "deleted";
                                /** @enum {string} */
                                runtime_state: "stopped" | "running" | "idle" | "failed";
                                capabilities: string[];
                                tags: string[];
                                configuration: {
                                    temperature?: number;
                                    max_tokens?: number;
                                    top_p?: number;
                                    /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                                    top_k?: number;
                                    /** @description One stop sequence or up to four */
                                    stop?: unknown;
                                    /** @description -2 to 2; OpenAI-compatible only */
                                    presence_penalty?: number;
                                    /** @description -2 to 2; OpenAI-compatible only */
                                    frequency_penalty?: number;
                                    /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                                    seed?: number;
                                    /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                                    response_format?: {
                                        /** @constant */
                                        type: "text";
                                    } | {
                                        /** @constant */
                                        type: "json_object";
                                    } | {
                                        /** @constant */
                                        type: "json_schema";
                                        json_schema: {
                                            name: string;
                                            schema: {
                                                [key: string]: unknown;
                                            };
                                            strict?: boolean;
                                        };
                                    };
                                };
                                /** @enum {string} */
                                llm_provider: "local" | "bedrock" | "openai-compatible";
                                llm_model: string;
                                /** @description The LLM settings as `GET /api/agents/{agent}/settings` shows them (read-only here; change them there or with the fields above) */
                                settings: {
                                    /** @enum {string} */
                                    llm_provider: "local" | "bedrock" | "openai-compatible";
                                    llm_model: string;
                                    llm_temperature: number | null;
                                };
                                llm_integration_id: string | null;
                                embedding_integration_id: string | null;
                                storage_integration_id: string | null;
                                system_prompt: string | null;
                                instruction_template: string | null;
                                persona_id: string | null;
                                use_custom_persona: boolean;
                                custom_persona_prompt: string | null;
                                template: string | null;
                                runtime: string | null;
                                runtime_model: string | null;
                                resources: {
                                    cpu: number;
                                    memory: string;
                                } | null;
                                github_repo: string | null;
                                color: string;
                                /** @description `/api/agents/<agent_id>/avatar` (a redirect to the image) once an avatar was uploaded */
                                avatar_url: string | null;
                                contact_config: {
                                    [key: string]: unknown;
                                } | null;
                                storage_config: {
                                    [key: string]: unknown;
                                } | null;
                                autonomy_enabled: boolean;
                                read_only_enabled: boolean;
                                timeout_seconds: number;
                                is_system: boolean;
                                owner: string;
                                owner_email: string;
                                created_by: string;
                                /** @description The last health check (GET /api/agents/{agent}/health checks again) */
                                health: {
                                    /** @description Every capability is healthy */
                                    healthy: boolean;
                                    /** @description When the check ran; null: never checked (then `healthy` only says the last run did not fail) */
                                    checked_at: string | null;
                                    /** @description `model`, `plugins`, `credentials`, `integrations` */
                                    capabilities: {
                                        [key: string]: {
                                            healthy: boolean;
                                            /** @description Why not, and what to do; null when healthy */
                                            reason: string | null;
                                        };
                                    };
                                };
                                statistics: {
                                    total_executions: number;
                                    successful_executions: number;
                                    success_rate: number;
                                    avg_confidence: number | null;
                                    last_execution: string | null;
                                };
                                graduation: {
                                    /** @enum {string} */
                                    current_level: "student" | "intern" | "supervised" | "autonomous";
                                    readiness_score: number;
                                    eligible_levels: ("student" | "intern" | "supervised" | "autonomous")[];
                                    episodes_until_exam: number;
                                };
                                version: number;
                                created_at: string;
                                updated_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT, IMMUTABLE_FIELD */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description INVALID_TRANSITION, NAME_TAKEN */
            409: components["responses"]["Error409"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description INTEGRATION_NOT_FOUND, MODEL_NOT_ALLOWED, PERSONA_NOT_FOUND */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsDelete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @constant */
                            deleted: true;
                            agent_id: string;
                            /** @description `Agent <slug> deleted` */
                            message: string;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN, AGENT_LIMIT_EXCEEDED */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description AGENT_BUSY */
            409: components["responses"]["Error409"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description INTEGRATION_NOT_FOUND */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentsPatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description The `ETag` (version) the update applies to; a stale one answers 412 */
                "If-Match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 3058348 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    slug?: string;
                    description?: string | null;
                    type?: string;
                    /** @enum {string} */
                    status?: "draft" | "active" | "published" | "paused" | "disabled" | "archived";
                    capabilities?: string[];
                    tags?: string[];
                    configuration?: {
                        temperature?: number;
                        max_tokens?: number;
                        top_p?: number;
                        /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                        top_k?: number;
                        /** @description One stop sequence or up to four */
                        stop?: string | string[];
                        /** @description -2 to 2; OpenAI-compatible only */
                        presence_penalty?: number;
                        /** @description -2 to 2; OpenAI-compatible only */
                        frequency_penalty?: number;
                        /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                        seed?: number;
                        /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                        response_format?: {
                            /** @constant */
                            type: "text";
                        } | {
                            /** @constant */
                            type: "json_object";
                        } | {
                            /** @constant */
                            type: "json_schema";
                            json_schema: {
                                name: string;
                                schema: {
                                    [key: string]: unknown;
                                };
                                strict?: boolean;
                            };
                        };
                    };
                    /**
                     * @description `openai` and `workers-ai` are accepted and stored as `openai-compatible` (OpenAI's endpoint by default; Workers AI through an llm integration that names the account)
                     * @enum {string}
                     */
                    llm_provider?: "local" | "bedrock" | "openai-compatible" | "openai" | "workers-ai";
                    llm_model?: string;
                    /** @description An llm integration of the workspace; when set, runs use its provider, base_url and credentials instead of the agent's own */
                    llm_integration_id?: string | null;
                    /** @description An embedding integration of the workspace (its default one when absent on create); counted as in use, and checked by health */
                    embedding_integration_id?: string | null;
                    storage_integration_id?: string | null;
                    system_prompt?: string | null;
                    instruction_template?: string | null;
                    persona_id?: string | null;
                    use_custom_persona?: boolean;
                    custom_persona_prompt?: string | null;
                    template?: string | null;
                    runtime?: string | null;
                    runtime_model?: string | null;
                    /** @description CPU as a number or string ("2", "500m"); memory with a unit (512m, 4g, 4Gi); stored as a number and `<n>m`/`<n>g` */
                    resources?: {
                        cpu: number | string;
                        memory: string;
                    } | null;
                    /** @description The repository the agent works on: `Org/repo` or an https git URL; stored and shown, never fetched */
                    github_repo?: string | null;
                    color?: string;
                    contact_config?: {
                        [key: string]: unknown;
                    } | null;
                    storage_config?: {
                        [key: string]: unknown;
                    } | null;
                    autonomy_enabled?: boolean;
                    read_only_enabled?: boolean;
                    timeout_seconds?: number;
                    owner?: string;
                    /** @description An https URL of the image, which `GET /api/agents/{agent}/avatar` then redirects to; null removes the avatar */
                    avatar?: string | null;
                    /** @description The image, base64-encoded: PNG, JPEG, GIF or WebP by its first bytes, at most 2 MiB decoded (as `POST /api/agents/{agent}/avatar`) */
                    avatar_base64?: string;
                    /** @description Informational only: the type comes from the bytes, never from the name */
                    avatar_filename?: string;
                    llm_config?: {
                        temperature?: number;
                        max_tokens?: number;
                        top_p?: number;
                        /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                        top_k?: number;
                        /** @description One stop sequence or up to four */
                        stop?: string | string[];
                        /** @description -2 to 2; OpenAI-compatible only */
                        presence_penalty?: number;
                        /** @description -2 to 2; OpenAI-compatible only */
                        frequency_penalty?: number;
                        /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                        seed?: number;
                        /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                        response_format?: {
                            /** @constant */
                            type: "text";
                        } | {
                            /** @constant */
                            type: "json_object";
                        } | {
                            /** @constant */
                            type: "json_schema";
                            json_schema: {
                                name: string;
                                schema: {
                                    [key: string]: unknown;
                                };
                                strict?: boolean;
                            };
                        };
                    };
                    model_config?: {
                        temperature?: number;
                        max_tokens?: number;
                        top_p?: number;
                        /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                        top_k?: number;
                        /** @description One stop sequence or up to four */
                        stop?: string | string[];
                        /** @description -2 to 2; OpenAI-compatible only */
                        presence_penalty?: number;
                        /** @description -2 to 2; OpenAI-compatible only */
                        frequency_penalty?: number;
                        /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                        seed?: number;
                        /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                        response_format?: {
                            /** @constant */
                            type: "text";
                        } | {
                            /** @constant */
                            type: "json_object";
                        } | {
                            /** @constant */
                            type: "json_schema";
                            json_schema: {
                                name: string;
                                schema: {
                                    [key: string]: unknown;
                                };
                                strict?: boolean;
                            };
                        };
                    };
                    custom_instructions?: string | null;
                };
            };
        };
        responses: {
            /** @description The updated agent */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            agent: {
                                id: string;
                                workspace_id: string;
                                /** @description The same as `workspace_id`, under the name some clients read */
                                tenant_id: string;
                                slug: string;
                                name: string;
                                description: string | null;
                                type: string;
                                /** @enum {string} */
                                role: "general-assistant" | "finance-agent" | "marketing-agent" | "developer-agent" | "custom";
                                /**
                                 * @description Set at create; then raised one level by graduation, and lowered one level (never below student) by governance: 3 governance violations recorded at the current level within 7 days demote the agent at once, reset its episodes at the new level and publish `agent.demoted`
                                 * @enum {string}
                                 */
                                maturity_level: "student" | "intern" | "supervised" | "autonomous";
                                /** @enum {string} */
                                status: "draft" | "active" | "published" | "paused" | "disabled" | "archived" | "deleted";
                                /** @enum {string} */
                                runtime_state: "stopped" | "running" | "idle" | "failed";
                                capabilities: string[];
                                tags: string[];
                                configuration: {
                                    temperature?: number;
                                    max_tokens?: number;
                                    top_p?: number;
                                    /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                                    top_k?: number;
                                    /** @description One stop sequence or up to four */
                                    stop?: unknown;
                                    /** @description -2 to 2; OpenAI-compatible only */
                                    presence_penalty?: number;
                                    /** @description -2 to 2; OpenAI-compatible only */
                                    frequency_penalty?: number;
                                    /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                                    seed?: number;
                                    /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                                    response_format?: {
                                        /** @constant */
                                        type: "text";
                                    } | {
                                        /** @constant */
                                        type: "json_object";
                                    } | {
                                        /** @constant */
                                        type: "json_schema";
                                        json_schema: {
                                            name: string;
                                            schema: {
                                                [key: string]: unknown;
                                            };
                                            strict?: boolean;
                                        };
                                    };
                                };
                                /** @enum {string} */
                                llm_provider: "local" | "bedrock" | "openai-compatible";
                                llm_model: string;
                                /** @description The LLM settings as `GET /api/agents/{agent}/settings` shows them (read-only here; change them there or with the fields above) */
                                settings: {
                                    /** @enum {string} */
                                    llm_provider: "local" | "bedrock" | "openai-compatible";
                                    llm_model: string;
                                    llm_temperature: number | null;
                                };
                                llm_integration_id: string | null;
                                embedding_integration_id: string | null;
                                storage_integration_id: string | null;
                                system_prompt: string | null;
                                instruction_template: string | null;
                                persona_id: string | null;
                                use_custom_persona: boolean;
                                custom_persona_prompt: string | null;
                                template: string | null;
                                runtime: string | null;
                                runtime_model: string | null;
                                resources: {
                                    cpu: number;
                                    memory: string;
                                } | null;
                                github_repo: string | null;
                                color: string;
                                /** @description `/api/agents/<agent_id>/avatar` (a redirect to the image) once an avatar was uploaded */
                                avatar_url: string | null;
                                contact_config: {
                                    [key: string]: unknown;
                                } | null;
                                storage_config: {
                                    [key: string]: unknown;
                                } | null;
                                autonomy_enabled: boolean;
                                read_only_enabled: boolean;
                                timeout_seconds: number;
                                is_system: boolean;
                                owner: string;
                                owner_email: string;
                                created_by: string;
                                /** @description The last health check (GET /api/agents/{agent}/health checks again) */
                                health: {
                                    /** @description Every capability is healthy */
                                    healthy: boolean;
                                    /** @description When the check ran; null: never checked (then `healthy` only says the last run did not fail) */
                                    checked_at: string | null;
                                    /** @description `model`, `plugins`, `credentials`, `integrations` */
                                    capabilities: {
                                        [key: string]: {
                                            healthy: boolean;
                                            /** @description Why not, and what to do; null when healthy */
                                            reason: string | null;
                                        };
                                    };
                                };
                                statistics: {
                                    total_executions: number;
                                    successful_executions: number;
                                    success_rate: number;
                                    avg_confidence: number | null;
                                    last_execution: string | null;
                                };
                                graduation: {
                                    /** @enum {string} */
                                    current_level: "student" | "intern" | "supervised" | "autonomous";
                                    readiness_score: number;
                                    eligible_levels: ("student" | "intern" | "supervised" | "autonomous")[];
                                    episodes_until_exam: number;
                                };
                                version: number;
                                created_at: string;
                                updated_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT, IMMUTABLE_FIELD */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description INVALID_TRANSITION, NAME_TAKEN */
            409: components["responses"]["Error409"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description INTEGRATION_NOT_FOUND, MODEL_NOT_ALLOWED, PERSONA_NOT_FOUND */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsStart: {
        parameters: {
            query?: {
                /** @description Same as `force` in the body */
                force?: "true" | "false";
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Start even though a health check fails
                     * @default false
                     */
                    force?: boolean;
                };
            };
        };
        responses: {
            /** @description The agent, with the health it was started with */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            agent: {
                                id: string;
                                workspace_id: string;
                                /** @description The same as `workspace_id`, under the name some clients read */
                                tenant_id: string;
                                slug: string;
                                name: string;
                                description: string | null;
                                type: string;
                                /** @enum {string} */
                                role: "general-assistant" | "finance-agent" | "marketing-agent" | "developer-agent" | "custom";
                                /**
                                 * @description Set at create; then raised one level by graduation, and lowered one level (never below student) by governance: 3 governance violations recorded at the current level within 7 days demote the agent at once, reset its episodes at the new level and publish `agent.demoted`
                                 * @enum {string}
                                 */
                                maturity_level: "student" | "intern" | "supervised" | "autonomous";
                                /** @enum {string} */
                                status: "draft" | "active" | "published" | "paused" | "disabled" | "archived" | "deleted";
                                /** @enum {string} */
                                runtime_state: "stopped" | "running" | "idle" | "failed";
                                capabilities: string[];
                                tags: string[];
                                configuration: {
                                    temperature?: number;
                                    max_tokens?: number;
                                    top_p?: number;
                                    /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                                    top_k?: number;
                                    /** @description One stop sequence or up to four */
                                    stop?: unknown;
                                    /** @description -2 to 2; OpenAI-compatible only */
                                    presence_penalty?: number;
                                    /** @description -2 to 2; OpenAI-compatible only */
                                    frequency_penalty?: number;
                                    /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                                    seed?: number;
                                    /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                                    response_format?: {
                                        /** @constant */
                                        type: "text";
                                    } | {
                                        /** @constant */
                                        type: "json_object";
                                    } | {
                                        /** @constant */
                                        type: "json_schema";
                                        json_schema: {
                                            name: string;
                                            schema: {
                                                [key: string]: unknown;
                                            };
                                            strict?: boolean;
                                        };
                                    };
                                };
                                /** @enum {string} */
                                llm_provider: "local" | "bedrock" | "openai-compatible";
                                llm_model: string;
                                /** @description The LLM settings as `GET /api/agents/{agent}/settings` shows them (read-only here; change them there or with the fields above) */
                                settings: {
                                    /** @enum {string} */
                                    llm_provider: "local" | "bedrock" | "openai-compatible";
                                    llm_model: string;
                                    llm_temperature: number | null;
                                };
                                llm_integration_id: string | null;
                                embedding_integration_id: string | null;
                                storage_integration_id: string | null;
                                system_prompt: string | null;
                                instruction_template: string | null;
                                persona_id: string | null;
                                use_custom_persona: boolean;
                                custom_persona_prompt: string | null;
                                template: string | null;
                                runtime: string | null;
                                runtime_model: string | null;
                                resources: {
                                    cpu: number;
                                    memory: string;
                                } | null;
                                github_repo: string | null;
                                color: string;
                                /** @description `/api/agents/<agent_id>/avatar` (a redirect to the image) once an avatar was uploaded */
                                avatar_url: string | null;
                                contact_config: {
                                    [key: string]: unknown;
                                } | null;
                                storage_config: {
                                    [key: string]: unknown;
                                } | null;
                                autonomy_enabled: boolean;
                                read_only_enabled: boolean;
                                timeout_seconds: number;
                                is_system: boolean;
                                owner: string;
                                owner_email: string;
                                created_by: string;
                                /** @description The last health check (GET /api/agents/{agent}/health checks again) */
                                health: {
                                    /** @description Every capability is healthy */
                                    healthy: boolean;
                                    /** @description When the check ran; null: never checked (then `healthy` only says the last run did not fail) */
                                    checked_at: string | null;
                                    /** @description `model`, `plugins`, `credentials`, `integrations` */
                                    capabilities: {
                                        [key: string]: {
                                            healthy: boolean;
                                            /** @description Why not, and what to do; null when healthy */
                                            reason: string | null;
                                        };
                                    };
                                };
                                statistics: {
                                    total_executions: number;
                                    successful_executions: number;
                                    success_rate: number;
                                    avg_confidence: number | null;
                                    last_execution: string | null;
                                };
                                graduation: {
                                    /** @enum {string} */
                                    current_level: "student" | "intern" | "supervised" | "autonomous";
                                    readiness_score: number;
                                    eligible_levels: ("student" | "intern" | "supervised" | "autonomous")[];
                                    episodes_until_exam: number;
                                };
                                version: number;
                                created_at: string;
                                updated_at: string;
                            };
                            /** @description Whether the credentials the agent's plugins require are injected, re-checked at every start */
                            credentials_injection: {
                                /** @enum {string} */
                                status: "complete" | "missing" | "none_required";
                                /** @description Names the agent's assigned plugins declare in `requires_credentials` */
                                required: string[];
                                present: string[];
                                /** @description Inject these with POST /api/agents/{agent}/credentials/inject */
                                missing: string[];
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description AGENT_UNHEALTHY, INVALID_TRANSITION */
            409: components["responses"]["Error409"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsStop: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            agent: {
                                id: string;
                                workspace_id: string;
                                /** @description The same as `workspace_id`, under the name some clients read */
                                tenant_id: string;
                                slug: string;
                                name: string;
                                description: string | null;
                                type: string;
                                /** @enum {string} */
                                role: "general-assistant" | "finance-agent" | "marketing-agent" | "developer-agent" | "custom";
                                /**
                                 * @description Set at create; then raised one level by graduation, and lowered one level (never below student) by governance: 3 governance violations recorded at the current level within 7 days demote the agent at once, reset its episodes at the new level and publish `agent.demoted`
                                 * @enum {string}
                                 */
                                maturity_level: "student" | "intern" | "supervised" | "autonomous";
                                /** @enum {string} */
                                status: "draft" | "active" | "published" | "paused" | "disabled" | "archived" | "deleted";
                                /** @enum {string} */
                                runtime_state: "stopped" | "running" | "idle" | "failed";
                                capabilities: string[];
                                tags: string[];
                                configuration: {
                                    temperature?: number;
                                    max_tokens?: number;
                                    top_p?: number;
                                    /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                                    top_k?: number;
                                    /** @description One stop sequence or up to four */
                                    stop?: unknown;
                                    /** @description -2 to 2; OpenAI-compatible only */
                                    presence_penalty?: number;
                                    /** @description -2 to 2; OpenAI-compatible only */
                                    frequency_penalty?: number;
                                    /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                                    seed?: number;
                                    /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                                    response_format?: {
                                        /** @constant */
                                        type: "text";
                                    } | {
                                        /** @constant */
                                        type: "json_object";
                                    } | {
                                        /** @constant */
                                        type: "json_schema";
                                        json_schema: {
                                            name: string;
                                            schema: {
                                                [key: string]: unknown;
                                            };
                                            strict?: boolean;
                                        };
                                    };
                                };
                                /** @enum {string} */
                                llm_provider: "local" | "bedrock" | "openai-compatible";
                                llm_model: string;
                                /** @description The LLM settings as `GET /api/agents/{agent}/settings` shows them (read-only here; change them there or with the fields above) */
                                settings: {
                                    /** @enum {string} */
                                    llm_provider: "local" | "bedrock" | "openai-compatible";
                                    llm_model: string;
                                    llm_temperature: number | null;
                                };
                                llm_integration_id: string | null;
                                embedding_integration_id: string | null;
                                storage_integration_id: string | null;
                                system_prompt: string | null;
                                instruction_template: string | null;
                                persona_id: string | null;
                                use_custom_persona: boolean;
                                custom_persona_prompt: string | null;
                                template: string | null;
                                runtime: string | null;
                                runtime_model: string | null;
                                resources: {
                                    cpu: number;
                                    memory: string;
                                } | null;
                                github_repo: string | null;
                                color: string;
                                /** @description `/api/agents/<agent_id>/avatar` (a redirect to the image) once an avatar was uploaded */
                                avatar_url: string | null;
                                contact_config: {
                                    [key: string]: unknown;
                                } | null;
                                storage_config: {
                                    [key: string]: unknown;
                                } | null;
                                autonomy_enabled: boolean;
                                read_only_enabled: boolean;
                                timeout_seconds: number;
                                is_system: boolean;
                                owner: string;
                                owner_email: string;
                                created_by: string;
                                /** @description The last health check (GET /api/agents/{agent}/health checks again) */
                                health: {
                                    /** @description Every capability is healthy */
                                    healthy: boolean;
                                    /** @description When the check ran; null: never checked (then `healthy` only says the last run did not fail) */
                                    checked_at: string | null;
                                    /** @description `model`, `plugins`, `credentials`, `integrations` */
                                    capabilities: {
                                        [key: string]: {
                                            healthy: boolean;
                                            /** @description Why not, and what to do; null when healthy */
                                            reason: string | null;
                                        };
                                    };
                                };
                                statistics: {
                                    total_executions: number;
                                    successful_executions: number;
                                    success_rate: number;
                                    avg_confidence: number | null;
                                    last_execution: string | null;
                                };
                                graduation: {
                                    /** @enum {string} */
                                    current_level: "student" | "intern" | "supervised" | "autonomous";
                                    readiness_score: number;
                                    eligible_levels: ("student" | "intern" | "supervised" | "autonomous")[];
                                    episodes_until_exam: number;
                                };
                                version: number;
                                created_at: string;
                                updated_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsHealthGet: {
        parameters: {
            query?: {
                /** @description Also make one minimal model call */
                probe?: "true" | "false";
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The health just checked (also stored on the agent) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @description The last health check (GET /api/agents/{agent}/health checks again) */
                            health: {
                                /** @description Every capability is healthy */
                                healthy: boolean;
                                /** @description When the check ran; null: never checked (then `healthy` only says the last run did not fail) */
                                checked_at: string | null;
                                /** @description `model`, `plugins`, `credentials`, `integrations` */
                                capabilities: {
                                    [key: string]: {
                                        healthy: boolean;
                                        /** @description Why not, and what to do; null when healthy */
                                        reason: string | null;
                                    };
                                };
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsRename: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description The `ETag` (version) the update applies to; a stale one answers 412 */
                "If-Match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    slug?: string;
                };
            };
        };
        responses: {
            /** @description The renamed agent */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            agent: {
                                id: string;
                                workspace_id: string;
                                /** @description The same as `workspace_id`, under the name some clients read */
                                tenant_id: string;
                                slug: string;
                                name: string;
                                description: string | null;
                                type: string;
                                /** @enum {string} */
                                role: "general-assistant" | "finance-agent" | "marketing-agent" | "developer-agent" | "custom";
                                /**
                                 * @description Set at create; then raised one level by graduation, and lowered one level (never below student) by governance: 3 governance violations recorded at the current level within 7 days demote the agent at once, reset its episodes at the new level and publish `agent.demoted`
                                 * @enum {string}
                                 */
                                maturity_level: "student" | "intern" | "supervised" | "autonomous";
                                /** @enum {string} */
                                status: "draft" | "active" | "published" | "paused" | "disabled" | "archived" | "deleted";
                                /** @enum {string} */
                                runtime_state: "stopped" | "running" | "idle" | "failed";
                                capabilities: string[];
                                tags: string[];
                                configuration: {
                                    temperature?: number;
                                    max_tokens?: number;
                                    top_p?: number;
                                    /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                                    top_k?: number;
                                    /** @description One stop sequence or up to four */
                                    stop?: unknown;
                                    /** @description -2 to 2; OpenAI-compatible only */
                                    presence_penalty?: number;
                                    /** @description -2 to 2; OpenAI-compatible only */
                                    frequency_penalty?: number;
                                    /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                                    seed?: number;
                                    /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                                    response_format?: {
                                        /** @constant */
                                        type: "text";
                                    } | {
                                        /** @constant */
                                        type: "json_object";
                                    } | {
                                        /** @constant */
                                        type: "json_schema";
                                        json_schema: {
                                            name: string;
                                            schema: {
                                                [key: string]: unknown;
                                            };
                                            strict?: boolean;
                                        };
                                    };
                                };
                                /** @enum {string} */
                                llm_provider: "local" | "bedrock" | "openai-compatible";
                                llm_model: string;
                                /** @description The LLM settings as `GET /api/agents/{agent}/settings` shows them (read-only here; change them there or with the fields above) */
                                settings: {
                                    /** @enum {string} */
                                    llm_provider: "local" | "bedrock" | "openai-compatible";
                                    llm_model: string;
                                    llm_temperature: number | null;
                                };
                                llm_integration_id: string | null;
                                embedding_integration_id: string | null;
                                storage_integration_id: string | null;
                                system_prompt: string | null;
                                instruction_template: string | null;
                                persona_id: string | null;
                                use_custom_persona: boolean;
                                custom_persona_prompt: string | null;
                                template: string | null;
                                runtime: string | null;
                                runtime_model: string | null;
                                resources: {
                                    cpu: number;
                                    memory: string;
                                } | null;
                                github_repo: string | null;
                                color: string;
                                /** @description `/api/agents/<agent_id>/avatar` (a redirect to the image) once an avatar was uploaded */
                                avatar_url: string | null;
                                contact_config: {
                                    [key: string]: unknown;
                                } | null;
                                storage_config: {
                                    [key: string]: unknown;
                                } | null;
                                autonomy_enabled: boolean;
                                read_only_enabled: boolean;
                                timeout_seconds: number;
                                is_system: boolean;
                                owner: string;
                                owner_email: string;
                                created_by: string;
                                /** @description The last health check (GET /api/agents/{agent}/health checks again) */
                                health: {
                                    /** @description Every capability is healthy */
                                    healthy: boolean;
                                    /** @description When the check ran; null: never checked (then `healthy` only says the last run did not fail) */
                                    checked_at: string | null;
                                    /** @description `model`, `plugins`, `credentials`, `integrations` */
                                    capabilities: {
                                        [key: string]: {
                                            healthy: boolean;
                                            /** @description Why not, and what to do; null when healthy */
                                            reason: string | null;
                                        };
                                    };
                                };
                                statistics: {
                                    total_executions: number;
                                    successful_executions: number;
                                    success_rate: number;
                                    avg_confidence: number | null;
                                    last_execution: string | null;
                                };
                                graduation: {
                                    /** @enum {string} */
                                    current_level: "student" | "intern" | "supervised" | "autonomous";
                                    readiness_score: number;
                                    eligible_levels: ("student" | "intern" | "supervised" | "autonomous")[];
                                    episodes_until_exam: number;
                                };
                                version: number;
                                created_at: string;
                                updated_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description AGENT_BUSY, INVALID_TRANSITION, NAME_TAKEN */
            409: components["responses"]["Error409"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description INTEGRATION_NOT_FOUND, MODEL_NOT_ALLOWED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentTemplatesList: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description Alias of `limit` (the name some clients send); sending both answers 400 */
                per_page?: number;
                /** @description Page number (ignored with `cursor`) */
                page?: number;
                /** @description `next_cursor` of the previous page of this same list; signed, so an altered one or one from another list or workspace answers 400 */
                cursor?: string;
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Templates */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            templates: {
                                name: string;
                                /**
                                 * @description Built-in templates are the same in every workspace and cannot be changed
                                 * @enum {string}
                                 */
                                source: "built-in" | "workspace";
                                description: string | null;
                                type: string | null;
                                system_prompt: string | null;
                                instruction_template: string | null;
                                capabilities: string[];
                                configuration: {
                                    [key: string]: unknown;
                                };
                                plugin_ids: string[];
                                /** @description Counts replacements of a workspace template; null for built-in ones */
                                version: number | null;
                                created_at: string | null;
                                updated_at: string | null;
                                updated_by: string | null;
                            }[];
                            pagination: {
                                page: number;
                                limit: number;
                                /** @description Items the list holds; null for an agent list with several filters whose first page does not hold it all, and for a file listing or a workspace-wide list of available folders whose page does not reach its end (page on with `next_cursor`) */
                                total: number | null;
                                pages: number | null;
                                next_cursor: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentTemplatesCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description Retried requests with the same key and body replay the first response for 24 h, only to the same caller (same role and scopes) on the same path and workspace, after authorization and validation; an answer that carried a secret is never stored and its replay answers 409 SECRET_SHOWN_ONCE */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description What the template is for
                     * @default null
                     */
                    description?: string | null;
                    /**
                     * @description The new agent's `type`; null: the create default
                     * @default null
                     */
                    type?: string | null;
                    /** @default null */
                    system_prompt?: string | null;
                    /** @default null */
                    instruction_template?: string | null;
                    /** @default [] */
                    capabilities?: string[];
                    /** @description LLM settings, under the create request's own key by key */
                    configuration?: {
                        temperature?: number;
                        max_tokens?: number;
                        top_p?: number;
                        /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                        top_k?: number;
                        /** @description One stop sequence or up to four */
                        stop?: string | string[];
                        /** @description -2 to 2; OpenAI-compatible only */
                        presence_penalty?: number;
                        /** @description -2 to 2; OpenAI-compatible only */
                        frequency_penalty?: number;
                        /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                        seed?: number;
                        /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                        response_format?: {
                            /** @constant */
                            type: "text";
                        } | {
                            /** @constant */
                            type: "json_object";
                        } | {
                            /** @constant */
                            type: "json_schema";
                            json_schema: {
                                name: string;
                                schema: {
                                    [key: string]: unknown;
                                };
                                strict?: boolean;
                            };
                        };
                    };
                    /** @description Plugins (ids or names, highest priority first, at most 20) assigned to each agent created from the template; each must be enabled in the workspace when the agent is created (422 PLUGIN_NOT_ENABLED otherwise) */
                    plugin_ids?: string[];
                    /** @description The template name, as `template` on create names it */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            template: {
                                name: string;
                                /**
                                 * @description Built-in templates are the same in every workspace and cannot be changed
                                 * @enum {string}
                                 */
                                source: "built-in" | "workspace";
                                description: string | null;
                                type: string | null;
                                system_prompt: string | null;
                                instruction_template: string | null;
                                capabilities: string[];
                                configuration: {
                                    [key: string]: unknown;
                                };
                                plugin_ids: string[];
                                /** @description Counts replacements of a workspace template; null for built-in ones */
                                version: number | null;
                                created_at: string | null;
                                updated_at: string | null;
                                updated_by: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description IDEMPOTENCY_IN_PROGRESS, NAME_TAKEN */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentTemplatesGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                template: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            template: {
                                name: string;
                                /**
                                 * @description Built-in templates are the same in every workspace and cannot be changed
                                 * @enum {string}
                                 */
                                source: "built-in" | "workspace";
                                description: string | null;
                                type: string | null;
                                system_prompt: string | null;
                                instruction_template: string | null;
                                capabilities: string[];
                                configuration: {
                                    [key: string]: unknown;
                                };
                                plugin_ids: string[];
                                /** @description Counts replacements of a workspace template; null for built-in ones */
                                version: number | null;
                                created_at: string | null;
                                updated_at: string | null;
                                updated_by: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentTemplatesPut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description The `ETag` (version) the update applies to; a stale one answers 412 */
                "If-Match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                template: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description What the template is for
                     * @default null
                     */
                    description?: string | null;
                    /**
                     * @description The new agent's `type`; null: the create default
                     * @default null
                     */
                    type?: string | null;
                    /** @default null */
                    system_prompt?: string | null;
                    /** @default null */
                    instruction_template?: string | null;
                    /** @default [] */
                    capabilities?: string[];
                    /** @description LLM settings, under the create request's own key by key */
                    configuration?: {
                        temperature?: number;
                        max_tokens?: number;
                        top_p?: number;
                        /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                        top_k?: number;
                        /** @description One stop sequence or up to four */
                        stop?: string | string[];
                        /** @description -2 to 2; OpenAI-compatible only */
                        presence_penalty?: number;
                        /** @description -2 to 2; OpenAI-compatible only */
                        frequency_penalty?: number;
                        /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                        seed?: number;
                        /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                        response_format?: {
                            /** @constant */
                            type: "text";
                        } | {
                            /** @constant */
                            type: "json_object";
                        } | {
                            /** @constant */
                            type: "json_schema";
                            json_schema: {
                                name: string;
                                schema: {
                                    [key: string]: unknown;
                                };
                                strict?: boolean;
                            };
                        };
                    };
                    /** @description Plugins (ids or names, highest priority first, at most 20) assigned to each agent created from the template; each must be enabled in the workspace when the agent is created (422 PLUGIN_NOT_ENABLED otherwise) */
                    plugin_ids?: string[];
                };
            };
        };
        responses: {
            /** @description The stored template */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            template: {
                                name: string;
                                /**
                                 * @description Built-in templates are the same in every workspace and cannot be changed
                                 * @enum {string}
                                 */
                                source: "built-in" | "workspace";
                                description: string | null;
                                type: string | null;
                                system_prompt: string | null;
                                instruction_template: string | null;
                                capabilities: string[];
                                configuration: {
                                    [key: string]: unknown;
                                };
                                plugin_ids: string[];
                                /** @description Counts replacements of a workspace template; null for built-in ones */
                                version: number | null;
                                created_at: string | null;
                                updated_at: string | null;
                                updated_by: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentTemplatesDelete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                template: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @constant */
                            deleted: true;
                            template: string;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentsSettingsGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent's LLM settings */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            settings: {
                                agent_id: string;
                                version: number;
                                /** @enum {string} */
                                llm_provider: "local" | "bedrock" | "openai-compatible";
                                llm_model: string;
                                llm_temperature: number | null;
                                max_tokens: number | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentsSettingsPut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description The `ETag` (version) the update applies to; a stale one answers 412 */
                "If-Match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description `openai` and `workers-ai` are accepted and stored as `openai-compatible` (OpenAI's endpoint by default; Workers AI through an llm integration that names the account)
                     * @enum {string}
                     */
                    llm_provider?: "local" | "bedrock" | "openai-compatible" | "openai" | "workers-ai";
                    llm_model?: string;
                    /** @description 0–2; null removes the override */
                    llm_temperature?: number | null;
                    /** @description 1–200000; null removes the override */
                    max_tokens?: number | null;
                };
            };
        };
        responses: {
            /** @description The agent's LLM settings, changed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            settings: {
                                agent_id: string;
                                version: number;
                                /** @enum {string} */
                                llm_provider: "local" | "bedrock" | "openai-compatible";
                                llm_model: string;
                                llm_temperature: number | null;
                                max_tokens: number | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description INVALID_TRANSITION, NAME_TAKEN */
            409: components["responses"]["Error409"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description INTEGRATION_NOT_FOUND, MODEL_NOT_ALLOWED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsAutonomyGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent's autonomy switch */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            autonomy: {
                                agent_id: string;
                                version: number;
                                enabled: boolean;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentsAutonomyPut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description The `ETag` (version) the update applies to; a stale one answers 412 */
                "If-Match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    enabled: boolean;
                };
            };
        };
        responses: {
            /** @description The agent's autonomy switch, changed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            autonomy: {
                                agent_id: string;
                                version: number;
                                enabled: boolean;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description INVALID_TRANSITION, NAME_TAKEN */
            409: components["responses"]["Error409"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description INTEGRATION_NOT_FOUND, MODEL_NOT_ALLOWED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsReadOnlyGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent's read-only switch */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            read_only: {
                                agent_id: string;
                                version: number;
                                enabled: boolean;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentsReadOnlyPut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description The `ETag` (version) the update applies to; a stale one answers 412 */
                "If-Match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    enabled: boolean;
                };
            };
        };
        responses: {
            /** @description The agent's read-only switch, changed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            read_only: {
                                agent_id: string;
                                version: number;
                                enabled: boolean;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description INVALID_TRANSITION, NAME_TAKEN */
            409: components["responses"]["Error409"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description INTEGRATION_NOT_FOUND, MODEL_NOT_ALLOWED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsTimeoutGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent's execution timeout */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            timeout: {
                                agent_id: string;
                                version: number;
                                timeout_seconds: number;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentsTimeoutPut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description The `ETag` (version) the update applies to; a stale one answers 412 */
                "If-Match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    timeout_seconds: number;
                };
            };
        };
        responses: {
            /** @description The agent's execution timeout, changed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            timeout: {
                                agent_id: string;
                                version: number;
                                timeout_seconds: number;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description INVALID_TRANSITION, NAME_TAKEN */
            409: components["responses"]["Error409"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description INTEGRATION_NOT_FOUND, MODEL_NOT_ALLOWED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsInfoGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            info: {
                                agent_id: string;
                                version: number;
                                slug: string;
                                name: string;
                                description: string | null;
                                template: {
                                    name: string | null;
                                    type: string;
                                    /** @enum {string} */
                                    role: "general-assistant" | "finance-agent" | "marketing-agent" | "developer-agent" | "custom";
                                };
                                capabilities: string[];
                                runtime: {
                                    runtime: string | null;
                                    runtime_model: string | null;
                                    /** @enum {string} */
                                    runtime_state: "stopped" | "running" | "idle" | "failed";
                                    /** @enum {string} */
                                    status: "draft" | "active" | "published" | "paused" | "disabled" | "archived" | "deleted";
                                    timeout_seconds: number;
                                };
                                resources: {
                                    cpu: number;
                                    memory: string;
                                } | null;
                                llm: {
                                    /** @enum {string} */
                                    provider: "local" | "bedrock" | "openai-compatible";
                                    model: string;
                                    integration_id: string | null;
                                    temperature: number | null;
                                    max_tokens: number | null;
                                    top_p: number | null;
                                };
                                maturity: {
                                    /** @enum {string} */
                                    level: "student" | "intern" | "supervised" | "autonomous";
                                    autonomy_enabled: boolean;
                                    read_only_enabled: boolean;
                                };
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentsLogsList: {
        parameters: {
            query?: {
                /** @description How many of the most recent lines, 1–1000 */
                tail?: number;
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Log lines */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            logs: {
                                at: string;
                                /** @enum {string} */
                                level: "info" | "warn" | "error";
                                event: string;
                                message: string;
                                actor: string;
                            }[];
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentsStatsGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Statistics */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            stats: {
                                agent_id: string;
                                total_executions: number;
                                successful_executions: number;
                                failed_executions: number;
                                /** @description successful / total, 0–1; 0 before the first run */
                                success_rate: number;
                                avg_confidence: number | null;
                                total_input_tokens: number;
                                total_output_tokens: number;
                                /** @description Estimate from the provider price table at run time */
                                cost_usd: number;
                                /** @description Upper bound of the duration bucket (100 ms … 3600 s) holding the percentile; null before the first run */
                                duration_ms: {
                                    p50: number | null;
                                    p95: number | null;
                                };
                                last_execution: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentsAvatarGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the image */
            302: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            avatar: {
                                agent_id: string;
                                /** @description Presigned GET of the image, the same as `Location`; for an avatar set as a URL, that URL */
                                url: string;
                                /** @description When the link stops working; null for an avatar set as a URL */
                                expires_at: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, AVATAR_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentsAvatarUpload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 2804396 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The image, base64-encoded: PNG, JPEG, GIF or WebP by its first bytes, at most 2 MiB decoded (as `POST /api/agents/{agent}/avatar`) */
                    avatar_base64: string;
                    /** @description Informational only: the type comes from the bytes, never from the name */
                    avatar_filename?: string;
                };
            };
        };
        responses: {
            /** @description The stored avatar */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            avatar: {
                                agent_id: string;
                                version: number;
                                /** @description Where clients fetch the image: `/api/agents/<agent_id>/avatar`, a redirect to a short-lived link */
                                avatar_url: string;
                                /** @enum {string} */
                                content_type: "image/png" | "image/jpeg" | "image/gif" | "image/webp";
                                size_bytes: number;
                                sha256: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description NAME_TAKEN */
            409: components["responses"]["Error409"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description INTEGRATION_NOT_FOUND, MODEL_NOT_ALLOWED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsShare: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    /**
                     * @default use
                     * @enum {string}
                     */
                    access?: "use" | "view";
                };
            };
        };
        responses: {
            /** @description Shared */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            share: {
                                email: string;
                                /** @enum {string} */
                                access: "owner" | "admin" | "use" | "view";
                                granted_by: string;
                                granted_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description ALREADY_GRANTED */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description NOT_A_MEMBER */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsShares: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Shares */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            shares: {
                                email: string;
                                /** @enum {string} */
                                access: "owner" | "admin" | "use" | "view";
                                granted_by: string;
                                granted_at: string;
                            }[];
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentsUnshare: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
                email: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No longer shared */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @constant */
                            deleted: true;
                            share_id: string;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentsAdminsList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Admins */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            admins: {
                                email: string;
                                /** @enum {string} */
                                access: "owner" | "admin" | "use" | "view";
                                granted_by: string;
                                granted_at: string;
                            }[];
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentsAdminsAdd: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    /**
                     * @description Accepted for clients that name the role; `admin` is the only one
                     * @constant
                     */
                    role?: "admin";
                };
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            admin: {
                                email: string;
                                /** @enum {string} */
                                access: "owner" | "admin" | "use" | "view";
                                granted_by: string;
                                granted_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description ALREADY_GRANTED */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description NOT_A_MEMBER */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsAdminsRemove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
                admin: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @constant */
                            deleted: true;
                            admin_id: string;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    credentialsInject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 2097152 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description `{NAME: value}`; a name that exists is replaced. Values are encrypted and never returned or logged. */
                    credentials: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description The credentials now held (names only) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            credentials: {
                                name: string;
                                updated_at: string;
                                /** @description First 8 hex digits of the value's HMAC-SHA256 keyed per agent: tells one agent's values apart without revealing them */
                                fingerprint: string;
                            }[];
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN, QUOTA_EXCEEDED */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, CREDENTIAL_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description CONCURRENT_MODIFICATION */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    credentialsStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credentials held */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            credentials: {
                                name: string;
                                updated_at: string;
                                /** @description First 8 hex digits of the value's HMAC-SHA256 keyed per agent: tells one agent's values apart without revealing them */
                                fingerprint: string;
                            }[];
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    credentialsRemove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @constant */
                            deleted: true;
                            name: string;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN, QUOTA_EXCEEDED */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, CREDENTIAL_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description CONCURRENT_MODIFICATION */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    credentialsExport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description At least 12 characters */
                    passphrase: string;
                };
            };
        };
        responses: {
            /** @description The bundle */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            bundle: string;
                            format: string;
                            version: number;
                            /** @description The names it holds */
                            credentials: string[];
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    credentialsImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 5242880 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description What `credentials/export` answered */
                    bundle: string;
                    /** @description At least 12 characters */
                    passphrase: string;
                    /**
                     * @description `merge` keeps names the bundle lacks; `replace` removes them
                     * @default merge
                     * @enum {string}
                     */
                    mode?: "merge" | "replace";
                };
            };
        };
        responses: {
            /** @description The credentials now held (names only) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            credentials: {
                                name: string;
                                updated_at: string;
                                /** @description First 8 hex digits of the value's HMAC-SHA256 keyed per agent: tells one agent's values apart without revealing them */
                                fingerprint: string;
                            }[];
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN, QUOTA_EXCEEDED */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, CREDENTIAL_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description CONCURRENT_MODIFICATION */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description INVALID_BUNDLE */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsFilesList: {
        parameters: {
            query?: {
                /** @description Only paths starting with this: `docs/` lists that folder; relative to the agent's files, `/` between folders, at most 945 bytes; no `..`, leading `/`, backslash, NUL or control characters */
                prefix?: string;
                /** @description `true`: every file below the prefix; `false` (default): one level, deeper files grouped into folders */
                recursive?: "true" | "false";
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description Alias of `limit` (the name some clients send); sending both answers 400 */
                per_page?: number;
                /** @description Page number (ignored with `cursor`) */
                page?: number;
                /** @description `next_cursor` of the previous page of this same listing; signed, so an altered one or one from another listing answers 400 */
                cursor?: string;
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Files and folders */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            files: {
                                /** @description Relative to the agent's files; a folder's path ends in `/` */
                                path: string;
                                /** @enum {string} */
                                type: "file" | "folder";
                                /** @description Bytes; null for a folder */
                                size: number | null;
                                /** @description null for a folder */
                                modified_at: string | null;
                            }[];
                            pagination: {
                                page: number;
                                limit: number;
                                /** @description Items the list holds; null for an agent list with several filters whose first page does not hold it all, and for a file listing or a workspace-wide list of available folders whose page does not reach its end (page on with `next_cursor`) */
                                total: number | null;
                                pages: number | null;
                                next_cursor: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN, QUOTA_EXCEEDED */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, FILE_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description CONCURRENT_MODIFICATION */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsFilesUpload: {
        parameters: {
            query: {
                /** @description The file's path, relative to the agent's files, `/` between folders, at most 945 bytes; no `..`, leading `/`, backslash, NUL or control characters */
                path: string;
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description The `ETag` (version) the update applies to; a stale one answers 412 */
                "If-Match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description The file's bytes as they are, with their own Content-Type; at most 4194304 bytes. */
        requestBody: {
            content: {
                "*/*": string;
            };
        };
        responses: {
            /** @description The stored file */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            file: {
                                path: string;
                                /** @constant */
                                type: "file";
                                size: number;
                                /** @description ISO-8601 UTC */
                                modified_at: string;
                                content_type: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN, GOVERNANCE_VIOLATION, QUOTA_EXCEEDED */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, FILE_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description CONCURRENT_MODIFICATION */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsFilesDelete: {
        parameters: {
            query: {
                /** @description The file's path, relative to the agent's files, `/` between folders, at most 945 bytes; no `..`, leading `/`, backslash, NUL or control characters */
                path: string;
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @constant */
                            deleted: true;
                            path: string;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN, GOVERNANCE_VIOLATION, QUOTA_EXCEEDED */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, FILE_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description CONCURRENT_MODIFICATION */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsFilesUploadsCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description Retried requests with the same key and body replay the first response for 24 h, only to the same caller (same role and scopes) on the same path and workspace, after authorization and validation; an answer that carried a secret is never stored and its replay answers 409 SECRET_SHOWN_ONCE */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The file's path, relative to the agent's files, `/` between folders, at most 945 bytes; no `..`, leading `/`, backslash, NUL or control characters */
                    path: string;
                    /** @description Exact size in bytes of what will be uploaded (at most 5 GiB); S3 refuses any other */
                    size: number;
                    /** @description Media type to store the file with (default application/octet-stream) */
                    content_type?: string;
                };
            };
        };
        responses: {
            /** @description Where and how to upload */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            upload: {
                                path: string;
                                size: number;
                                /** @constant */
                                method: "PUT";
                                /** @description Send the bytes here with exactly these headers, before `expires_at` */
                                url: string;
                                headers: {
                                    [key: string]: string;
                                };
                                /** @description ISO-8601 UTC */
                                expires_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN, QUOTA_EXCEEDED */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, FILE_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description IDEMPOTENCY_IN_PROGRESS, SECRET_SHOWN_ONCE, CONCURRENT_MODIFICATION */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsFilesDownload: {
        parameters: {
            query: {
                /** @description The file's path, relative to the agent's files, `/` between folders, at most 945 bytes; no `..`, leading `/`, backslash, NUL or control characters */
                path: string;
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the file */
            302: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            download: {
                                path: string;
                                size: number;
                                /** @description Also in `Location` */
                                url: string;
                                /** @description ISO-8601 UTC */
                                expires_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, FILE_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsAccessCredentials: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description How long the access lasts: 900–3600 seconds (STS issues no session shorter than 15 minutes)
                     * @default 900
                     */
                    ttl_seconds?: number;
                    /**
                     * @description `write` also allows uploading and deleting; a read-only agent only ever gets `read`
                     * @default read
                     * @enum {string}
                     */
                    access?: "read" | "write";
                };
            };
        };
        responses: {
            /** @description The access granted */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            access: {
                                /**
                                 * @description Always `sts`: temporary AWS credentials, deployed and on the local runtime
                                 * @constant
                                 */
                                mode: "sts";
                                /**
                                 * @description What was granted (`read` for a read-only agent whatever was asked)
                                 * @enum {string}
                                 */
                                access: "read" | "write";
                                bucket: string;
                                /** @description The agent's own files: every key of them starts with this */
                                prefix: string;
                                region: string;
                                /** @description Where to send S3 calls: null for S3's regional endpoint; the local runtime's S3 stand-in there */
                                endpoint: string | null;
                                /** @description Address the bucket in the path (`true` on the local runtime) */
                                force_path_style: boolean;
                                /** @description ISO-8601 UTC */
                                expires_at: string;
                                /** @description Use with any S3 client, on keys under `prefix` (and the `mounts` prefixes) only: listing with a prefix under it, reading and, with `write`, uploading and deleting */
                                credentials: {
                                    access_key_id: string;
                                    secret_access_key: string;
                                    session_token: string;
                                };
                                /** @description The folders the agent mounts, reached by the same credentials */
                                mounts: {
                                    /** @description Where the folder appears in the files routes: `mounts/<publisher-slug>/<folder>/` */
                                    path: string;
                                    /** @description The folder's keys in the publisher's files: the credentials reach them there */
                                    prefix: string;
                                    /**
                                     * @description `write` only for a folder mounted read-write, in a `write` grant
                                     * @enum {string}
                                     */
                                    access: "read" | "write";
                                }[];
                                /** @description Mounted folders the credentials do not reach: STS takes a session policy of at most 2,048 characters, and IAM reads `*`, `?` and `$` in a path as patterns */
                                mounts_left_out: {
                                    path: string;
                                    reason: string;
                                }[];
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsFoldersGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The folder configuration */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            folders: {
                                agent_id: string;
                                /** @description 0 before the first PUT; answered as `ETag` */
                                version: number;
                                updated_at: string | null;
                                publish: {
                                    name: string;
                                    path: string;
                                    /** @enum {string} */
                                    access: "read" | "write";
                                }[];
                                mount: {
                                    /** @description The publishing agent’s id */
                                    from_agent: string;
                                    name: string;
                                    mount_path: string;
                                }[];
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentsFoldersPut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description The `ETag` (version) the update applies to; a stale one answers 412 */
                "If-Match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Folders of this agent other agents of the workspace may mount; at most 20, so a whole configuration fits one transaction. A folder left out is unpublished (409 FOLDER_IN_USE while mounted). */
                    publish: {
                        /** @description The folder’s name, unique per publishing agent */
                        name: string;
                        /** @description path: relative to the agent's files, normalised (`a//b/./c/` is `a/b/c`); no `..`, leading `/`, backslash or control character; at most 1024 bytes */
                        path: string;
                        /**
                         * @description `write` lets agents that mount the folder write into it
                         * @default read
                         * @enum {string}
                         */
                        access?: "read" | "write";
                    }[];
                    /** @description Folders of other agents this agent mounts; at most 20. Each must be published (422 FOLDER_NOT_PUBLISHED) by an agent the caller can read (422 MOUNT_AGENT_NOT_FOUND), not this one (422 MOUNT_OWN_FOLDER), and must not close a cycle of write mounts (422 MOUNT_CYCLE); a folder published for writing needs manage access to its publisher (403). Each appears in this agent's files under `mounts/<publisher-slug>/<name>/`. */
                    mount: {
                        /** @description The publishing agent: its id or its slug, in this workspace */
                        from_agent: string;
                        /** @description The folder’s name, unique per publishing agent */
                        name: string;
                        /** @description mount_path: relative to the agent's files, normalised (`a//b/./c/` is `a/b/c`); no `..`, leading `/`, backslash or control character; at most 1024 bytes */
                        mount_path: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The new folder configuration */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            folders: {
                                agent_id: string;
                                /** @description 0 before the first PUT; answered as `ETag` */
                                version: number;
                                updated_at: string | null;
                                publish: {
                                    name: string;
                                    path: string;
                                    /** @enum {string} */
                                    access: "read" | "write";
                                }[];
                                mount: {
                                    /** @description The publishing agent’s id */
                                    from_agent: string;
                                    name: string;
                                    mount_path: string;
                                }[];
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description CONCURRENT_MODIFICATION, FOLDER_IN_USE */
            409: components["responses"]["Error409"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description FOLDER_NOT_PUBLISHED, MOUNT_AGENT_NOT_FOUND, MOUNT_CYCLE, MOUNT_OWN_FOLDER */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsFoldersAvailable: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description Alias of `limit` (the name some clients send); sending both answers 400 */
                per_page?: number;
                /** @description Page number (ignored with `cursor`) */
                page?: number;
                /** @description `next_cursor` of the previous page of this same list; signed, so an altered one or one from another list or workspace answers 400 */
                cursor?: string;
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mountable folders */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            folders: {
                                name: string;
                                path: string;
                                /** @enum {string} */
                                access: "read" | "write";
                                /** @description The publishing agent */
                                from_agent: {
                                    id: string;
                                    slug: string;
                                    name: string;
                                };
                                /** @description This agent mounts it already */
                                mounted: boolean;
                            }[];
                            pagination: {
                                page: number;
                                limit: number;
                                /** @description Items the list holds; null for an agent list with several filters whose first page does not hold it all, and for a file listing or a workspace-wide list of available folders whose page does not reach its end (page on with `next_cursor`) */
                                total: number | null;
                                pages: number | null;
                                next_cursor: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsFoldersConsumers: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description Alias of `limit` (the name some clients send); sending both answers 400 */
                per_page?: number;
                /** @description Page number (ignored with `cursor`) */
                page?: number;
                /** @description `next_cursor` of the previous page of this same list; signed, so an altered one or one from another list or workspace answers 400 */
                cursor?: string;
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mounting agents, by folder */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            consumers: {
                                /** @description The mounting agent; slug and name are null for an agent the caller cannot see */
                                agent: {
                                    id: string;
                                    slug: string | null;
                                    name: string | null;
                                };
                                /** @description Which of this agent’s folders it mounts */
                                folder: string;
                                /** @enum {string} */
                                access: "read" | "write";
                                /** @description The `mount_path` the mounting agent stored; null when the caller cannot see that agent. The folder itself appears in its files under `mounts/<publisher-slug>/<folder>/` */
                                mount_path: string | null;
                                mounted_at: string;
                            }[];
                            pagination: {
                                page: number;
                                limit: number;
                                /** @description Items the list holds; null for an agent list with several filters whose first page does not hold it all, and for a file listing or a workspace-wide list of available folders whose page does not reach its end (page on with `next_cursor`) */
                                total: number | null;
                                pages: number | null;
                                next_cursor: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsContextStats: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description Alias of `limit` (the name some clients send); sending both answers 400 */
                per_page?: number;
                /** @description Page number (ignored with `cursor`) */
                page?: number;
                /** @description `next_cursor` of the previous page of this same list; signed, so an altered one or one from another list or workspace answers 400 */
                cursor?: string;
                sort?: "created_at" | "name" | "updated_at";
                order?: "asc" | "desc";
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Context sizes */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            agents: {
                                id: string;
                                slug: string;
                                name: string;
                                /** @description The persona's prompt: the custom one, or the workspace persona's */
                                persona_prompt_tokens: number;
                                system_prompt_tokens: number;
                                instruction_template_tokens: number;
                                /** @description The assigned plugins' tier 1 summaries */
                                tier1_tokens: number;
                                /** @description The assigned plugins' tier 2 documents (skills and commands), before any budget leaves some out */
                                tier2_tokens: number;
                                /** @description The tool definitions a model is sent */
                                tools_tokens: number;
                                /** @description The sum of the parts */
                                estimated_tokens: number;
                            }[];
                            /** @description Over every agent the caller can see, not only this page */
                            totals: {
                                agents: number;
                                /** @description The persona's prompt: the custom one, or the workspace persona's */
                                persona_prompt_tokens: number;
                                system_prompt_tokens: number;
                                instruction_template_tokens: number;
                                /** @description The assigned plugins' tier 1 summaries */
                                tier1_tokens: number;
                                /** @description The assigned plugins' tier 2 documents (skills and commands), before any budget leaves some out */
                                tier2_tokens: number;
                                /** @description The tool definitions a model is sent */
                                tools_tokens: number;
                                /** @description The sum of the parts */
                                estimated_tokens: number;
                            };
                            pagination: {
                                page: number;
                                limit: number;
                                /** @description Items the list holds; null for an agent list with several filters whose first page does not hold it all, and for a file listing or a workspace-wide list of available folders whose page does not reach its end (page on with `next_cursor`) */
                                total: number | null;
                                pages: number | null;
                                next_cursor: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsAutonomyStatus: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description Alias of `limit` (the name some clients send); sending both answers 400 */
                per_page?: number;
                /** @description Page number (ignored with `cursor`) */
                page?: number;
                /** @description `next_cursor` of the previous page of this same list; signed, so an altered one or one from another list or workspace answers 400 */
                cursor?: string;
                sort?: "created_at" | "name" | "updated_at";
                order?: "asc" | "desc";
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Autonomy per agent */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            agents: {
                                id: string;
                                slug: string;
                                name: string;
                                /** @enum {string} */
                                maturity_level: "student" | "intern" | "supervised" | "autonomous";
                                autonomy_enabled: boolean;
                                read_only_enabled: boolean;
                                allowed_risks: ("read" | "analyze" | "egress" | "create" | "high")[];
                                approval_required_risks: ("read" | "analyze" | "egress" | "create" | "high")[];
                            }[];
                            /** @description Over this page */
                            summary: {
                                autonomous: number;
                                read_only: number;
                                by_level: {
                                    [key: string]: number;
                                };
                            };
                            pagination: {
                                page: number;
                                limit: number;
                                /** @description Items the list holds; null for an agent list with several filters whose first page does not hold it all, and for a file listing or a workspace-wide list of available folders whose page does not reach its end (page on with `next_cursor`) */
                                total: number | null;
                                pages: number | null;
                                next_cursor: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    authAgents: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description Alias of `limit` (the name some clients send); sending both answers 400 */
                per_page?: number;
                /** @description Page number (ignored with `cursor`) */
                page?: number;
                /** @description `next_cursor` of the previous page of this same list; signed, so an altered one or one from another list or workspace answers 400 */
                cursor?: string;
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accessible agents */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            agents: {
                                id: string;
                                slug: string;
                                name: string;
                                status: string;
                                /**
                                 * @description The caller's effective access: owner (workspace owners and admins, creators), admin, use or view
                                 * @enum {string}
                                 */
                                access: "owner" | "admin" | "use" | "view";
                                /**
                                 * @description The same as `access`, under the name some clients read
                                 * @enum {string}
                                 */
                                role: "owner" | "admin" | "use" | "view";
                            }[];
                            pagination: {
                                page: number;
                                limit: number;
                                /** @description Items the list holds; null for an agent list with several filters whose first page does not hold it all, and for a file listing or a workspace-wide list of available folders whose page does not reach its end (page on with `next_cursor`) */
                                total: number | null;
                                pages: number | null;
                                next_cursor: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    personasList: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description Alias of `limit` (the name some clients send); sending both answers 400 */
                per_page?: number;
                /** @description Page number (ignored with `cursor`) */
                page?: number;
                /** @description `next_cursor` of the previous page of this same list; signed, so an altered one or one from another list or workspace answers 400 */
                cursor?: string;
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Personas */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            personas: {
                                id: string;
                                workspace_id: string;
                                name: string;
                                description: string | null;
                                system_prompt: string;
                                created_by: string;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                                version: number;
                            }[];
                            pagination: {
                                page: number;
                                limit: number;
                                /** @description Items the list holds; null for an agent list with several filters whose first page does not hold it all, and for a file listing or a workspace-wide list of available folders whose page does not reach its end (page on with `next_cursor`) */
                                total: number | null;
                                pages: number | null;
                                next_cursor: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    personasCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description Retried requests with the same key and body replay the first response for 24 h, only to the same caller (same role and scopes) on the same path and workspace, after authorization and validation; an answer that carried a secret is never stored and its replay answers 409 SECRET_SHOWN_ONCE */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Shown wherever the persona is chosen */
                    name: string;
                    /** @description What the persona is for */
                    description?: string | null;
                    /** @description The prompt an agent adopting the persona runs with (the context's `persona_prompt`) */
                    system_prompt: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            persona: {
                                id: string;
                                workspace_id: string;
                                name: string;
                                description: string | null;
                                system_prompt: string;
                                created_by: string;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                                version: number;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description IDEMPOTENCY_IN_PROGRESS */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    personasGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                persona: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The persona */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            persona: {
                                id: string;
                                workspace_id: string;
                                name: string;
                                description: string | null;
                                system_prompt: string;
                                created_by: string;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                                version: number;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    personasReplace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description The `ETag` (version) the update applies to; a stale one answers 412 */
                "If-Match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                persona: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Shown wherever the persona is chosen */
                    name: string;
                    /** @description What the persona is for */
                    description?: string | null;
                    /** @description The prompt an agent adopting the persona runs with (the context's `persona_prompt`) */
                    system_prompt: string;
                };
            };
        };
        responses: {
            /** @description The replaced persona */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            persona: {
                                id: string;
                                workspace_id: string;
                                name: string;
                                description: string | null;
                                system_prompt: string;
                                created_by: string;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                                version: number;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT, IMMUTABLE_FIELD */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    personasDelete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                persona: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @constant */
                            deleted: true;
                            persona_id: string;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PERSONA_IN_USE */
            409: components["responses"]["Error409"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    personasUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description The `ETag` (version) the update applies to; a stale one answers 412 */
                "If-Match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                persona: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Shown wherever the persona is chosen */
                    name?: string;
                    /** @description What the persona is for */
                    description?: string | null;
                    /** @description The prompt an agent adopting the persona runs with (the context's `persona_prompt`) */
                    system_prompt?: string;
                };
            };
        };
        responses: {
            /** @description The updated persona */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            persona: {
                                id: string;
                                workspace_id: string;
                                name: string;
                                description: string | null;
                                system_prompt: string;
                                created_by: string;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                                version: number;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT, IMMUTABLE_FIELD */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    pluginsList: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description Alias of `limit` (the name some clients send); sending both answers 400 */
                per_page?: number;
                /** @description Page number (ignored with `cursor`) */
                page?: number;
                /** @description `next_cursor` of the previous page of this same list; signed, so an altered one or one from another list or workspace answers 400 */
                cursor?: string;
                /** @description Name prefix, case-insensitive */
                q?: string;
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Plugins */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            plugins: {
                                id: string;
                                name: string;
                                description: string;
                                /** @description null until the first version is registered; only then is the plugin in the marketplace */
                                latest_version: string | null;
                                latest: {
                                    version: string;
                                    description: string;
                                    skills: string[];
                                    commands: string[];
                                    tools: {
                                        name: string;
                                        /** @enum {string} */
                                        risk: "read" | "analyze" | "egress" | "create" | "high";
                                        /** @description Where the tool runs: an https origin or a Lambda ARN */
                                        endpoint?: string;
                                    }[];
                                    requires: {
                                        name: string;
                                        /** @description semver range */
                                        version: string;
                                    }[];
                                    requires_credentials: string[];
                                    /** @description ISO-8601 UTC */
                                    published_at: string;
                                } | null;
                                /** @description Whether the caller's workspace publishes it (and so may add versions) */
                                is_publisher: boolean;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                            }[];
                            pagination: {
                                page: number;
                                limit: number;
                                /** @description Items the list holds; null for an agent list with several filters whose first page does not hold it all, and for a file listing or a workspace-wide list of available folders whose page does not reach its end (page on with `next_cursor`) */
                                total: number | null;
                                pages: number | null;
                                next_cursor: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    pluginsCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description Retried requests with the same key and body replay the first response for 24 h, only to the same caller (same role and scopes) on the same path and workspace, after authorization and validation; an answer that carried a secret is never stored and its replay answers 409 SECRET_SHOWN_ONCE */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Unique across the platform; the bundle manifest must carry the same name */
                    name: string;
                    description: string;
                    /** @description Exact size in bytes of the bundle to upload (zip or .tar.gz), at most 10485760; the upload URL accepts only this size */
                    size: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            plugin: {
                                id: string;
                                name: string;
                                description: string;
                                /** @description null until the first version is registered; only then is the plugin in the marketplace */
                                latest_version: string | null;
                                latest: {
                                    version: string;
                                    description: string;
                                    skills: string[];
                                    commands: string[];
                                    tools: {
                                        name: string;
                                        /** @enum {string} */
                                        risk: "read" | "analyze" | "egress" | "create" | "high";
                                        /** @description Where the tool runs: an https origin or a Lambda ARN */
                                        endpoint?: string;
                                    }[];
                                    requires: {
                                        name: string;
                                        /** @description semver range */
                                        version: string;
                                    }[];
                                    requires_credentials: string[];
                                    /** @description ISO-8601 UTC */
                                    published_at: string;
                                } | null;
                                /** @description Whether the caller's workspace publishes it (and so may add versions) */
                                is_publisher: boolean;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                            };
                            upload: {
                                /** @description Send it to POST /api/plugins/{plugin}/versions once the bundle is uploaded */
                                upload_id: string;
                                /** @description PUT the bundle here, with exactly `size` bytes */
                                url: string;
                                /** @constant */
                                method: "PUT";
                                /** @description Headers the PUT must carry */
                                headers: {
                                    [key: string]: string;
                                };
                                max_bytes: number;
                                /** @description ISO-8601 UTC */
                                expires_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description IDEMPOTENCY_IN_PROGRESS, SECRET_SHOWN_ONCE, NAME_TAKEN */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    pluginsUploadsCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                plugin: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Exact size in bytes of the bundle to upload (zip or .tar.gz), at most 10485760; the upload URL accepts only this size */
                    size: number;
                };
            };
        };
        responses: {
            /** @description Upload URL */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            upload: {
                                /** @description Send it to POST /api/plugins/{plugin}/versions once the bundle is uploaded */
                                upload_id: string;
                                /** @description PUT the bundle here, with exactly `size` bytes */
                                url: string;
                                /** @constant */
                                method: "PUT";
                                /** @description Headers the PUT must carry */
                                headers: {
                                    [key: string]: string;
                                };
                                max_bytes: number;
                                /** @description ISO-8601 UTC */
                                expires_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, PLUGIN_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    pluginsVersionsRegister: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description Retried requests with the same key and body replay the first response for 24 h, only to the same caller (same role and scopes) on the same path and workspace, after authorization and validation; an answer that carried a secret is never stored and its replay answers 409 SECRET_SHOWN_ONCE */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                plugin: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description From POST /api/plugins or POST /api/plugins/{plugin}/uploads */
                    upload_id: string;
                };
            };
        };
        responses: {
            /** @description Registered */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            version: {
                                plugin_id: string;
                                version: string;
                                manifest: {
                                    name: string;
                                    version: string;
                                    description: string;
                                    skills: {
                                        name: string;
                                        description: string;
                                        file: string;
                                    }[];
                                    commands: {
                                        name: string;
                                        description: string;
                                        file: string;
                                    }[];
                                    tools: {
                                        name: string;
                                        description: string;
                                        input_schema: {
                                            [key: string]: unknown;
                                        };
                                        /** @enum {string} */
                                        risk: "read" | "analyze" | "egress" | "create" | "high";
                                        endpoint?: string;
                                    }[];
                                    requires: {
                                        name: string;
                                        /** @description semver range */
                                        version: string;
                                    }[];
                                    requires_credentials: string[];
                                };
                                bundle: {
                                    /** @enum {string} */
                                    format: "zip" | "tar.gz";
                                    bytes: number;
                                    sha256: string;
                                    entries: number;
                                    uncompressed_bytes: number;
                                };
                                published_by: string;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                            };
                            plugin: {
                                id: string;
                                name: string;
                                description: string;
                                /** @description null until the first version is registered; only then is the plugin in the marketplace */
                                latest_version: string | null;
                                latest: {
                                    version: string;
                                    description: string;
                                    skills: string[];
                                    commands: string[];
                                    tools: {
                                        name: string;
                                        /** @enum {string} */
                                        risk: "read" | "analyze" | "egress" | "create" | "high";
                                        /** @description Where the tool runs: an https origin or a Lambda ARN */
                                        endpoint?: string;
                                    }[];
                                    requires: {
                                        name: string;
                                        /** @description semver range */
                                        version: string;
                                    }[];
                                    requires_credentials: string[];
                                    /** @description ISO-8601 UTC */
                                    published_at: string;
                                } | null;
                                /** @description Whether the caller's workspace publishes it (and so may add versions) */
                                is_publisher: boolean;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, PLUGIN_NOT_FOUND, UPLOAD_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description IDEMPOTENCY_IN_PROGRESS, CONCURRENT_MODIFICATION, VERSION_EXISTS */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description IDEMPOTENCY_KEY_REUSED, INVALID_BUNDLE */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    pluginsGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                plugin: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plugin */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            plugin: {
                                id: string;
                                name: string;
                                description: string;
                                /** @description null until the first version is registered; only then is the plugin in the marketplace */
                                latest_version: string | null;
                                latest: {
                                    version: string;
                                    description: string;
                                    skills: string[];
                                    commands: string[];
                                    tools: {
                                        name: string;
                                        /** @enum {string} */
                                        risk: "read" | "analyze" | "egress" | "create" | "high";
                                        /** @description Where the tool runs: an https origin or a Lambda ARN */
                                        endpoint?: string;
                                    }[];
                                    requires: {
                                        name: string;
                                        /** @description semver range */
                                        version: string;
                                    }[];
                                    requires_credentials: string[];
                                    /** @description ISO-8601 UTC */
                                    published_at: string;
                                } | null;
                                /** @description Whether the caller's workspace publishes it (and so may add versions) */
                                is_publisher: boolean;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                                versions: {
                                    version: string;
                                    description: string;
                                    format: string;
                                    bytes: number;
                                    /** @description Who registered the version; shown to the publisher's workspace only (null to others) */
                                    published_by: string | null;
                                    /** @description ISO-8601 UTC */
                                    created_at: string;
                                }[];
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, PLUGIN_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    pluginsWorkspaceList: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description Alias of `limit` (the name some clients send); sending both answers 400 */
                per_page?: number;
                /** @description Page number (ignored with `cursor`) */
                page?: number;
                /** @description `next_cursor` of the previous page of this same list; signed, so an altered one or one from another list or workspace answers 400 */
                cursor?: string;
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                ws: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Enabled plugins */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            plugins: {
                                plugin_id: string;
                                name: string;
                                description: string;
                                pinned_version: string | null;
                                /** @description The version agents of the workspace run: the pin, else the latest unless it is held back (upgrade_required) */
                                version: string | null;
                                latest_version: string | null;
                                /** @description Why a followed plugin runs an older version than the latest: the latest has a tool of higher risk, a tool endpoint on a new origin or Lambda ARN, or a new required credential than the version an admin last approved. Enabling the plugin again approves the latest (an explicit upgrade); empty when the latest runs or the plugin is pinned. */
                                upgrade_required: ("tool_risk" | "endpoint" | "requires_credentials")[];
                                /** @description Agents of the workspace it is assigned to */
                                assigned_agents: number;
                                enabled_by: string;
                                /** @description ISO-8601 UTC */
                                enabled_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                            }[];
                            pagination: {
                                page: number;
                                limit: number;
                                /** @description Items the list holds; null for an agent list with several filters whose first page does not hold it all, and for a file listing or a workspace-wide list of available folders whose page does not reach its end (page on with `next_cursor`) */
                                total: number | null;
                                pages: number | null;
                                next_cursor: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    pluginsWorkspaceEnable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description The `ETag` (version) the update applies to; a stale one answers 412 */
                "If-Match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                ws: string;
                plugin: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Pin this version; absent or null follows the latest version as far as it asks for nothing more than this enablement approves (see upgrade_required) */
                    version?: string | null;
                };
            };
        };
        responses: {
            /** @description Enabled */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            plugin: {
                                plugin_id: string;
                                name: string;
                                description: string;
                                pinned_version: string | null;
                                /** @description The version agents of the workspace run: the pin, else the latest unless it is held back (upgrade_required) */
                                version: string | null;
                                latest_version: string | null;
                                /** @description Why a followed plugin runs an older version than the latest: the latest has a tool of higher risk, a tool endpoint on a new origin or Lambda ARN, or a new required credential than the version an admin last approved. Enabling the plugin again approves the latest (an explicit upgrade); empty when the latest runs or the plugin is pinned. */
                                upgrade_required: ("tool_risk" | "endpoint" | "requires_credentials")[];
                                /** @description Agents of the workspace it is assigned to */
                                assigned_agents: number;
                                enabled_by: string;
                                /** @description ISO-8601 UTC */
                                enabled_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, PLUGIN_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description PLUGIN_DEPENDENCY_CYCLE, PLUGIN_NOT_ENABLED, PLUGIN_NOT_PUBLISHED, PLUGIN_VERSION_NOT_FOUND */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    pluginsWorkspaceDisable: {
        parameters: {
            query?: {
                /** @description Also unassign it from every agent of the workspace, in the same transaction */
                force?: "true" | "false";
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                ws: string;
                plugin: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disabled */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @constant */
                            deleted: true;
                            plugin_id: string;
                            /** @description Agents it was unassigned from (force) */
                            unassigned_agents: string[];
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, PLUGIN_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description CONCURRENT_MODIFICATION, PLUGIN_IN_USE */
            409: components["responses"]["Error409"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsPluginsList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Assigned plugins */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            plugins: {
                                plugin_id: string;
                                name: string;
                                description: string;
                                /** @description 0 = first = highest priority (the position in the list) */
                                priority: number;
                                /** @description The version the agent runs: the workspace pin, else the latest */
                                version: string | null;
                                pinned_version: string | null;
                                latest_version: string | null;
                                latest: {
                                    version: string;
                                    description: string;
                                    skills: string[];
                                    commands: string[];
                                    tools: {
                                        name: string;
                                        /** @enum {string} */
                                        risk: "read" | "analyze" | "egress" | "create" | "high";
                                        /** @description Where the tool runs: an https origin or a Lambda ARN */
                                        endpoint?: string;
                                    }[];
                                    requires: {
                                        name: string;
                                        /** @description semver range */
                                        version: string;
                                    }[];
                                    requires_credentials: string[];
                                    /** @description ISO-8601 UTC */
                                    published_at: string;
                                } | null;
                            }[];
                            /** @description Also the ETag; PUT honours If-Match against it */
                            assignment_version: number;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsPluginsPut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description The `ETag` (version) the update applies to; a stale one answers 412 */
                "If-Match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Plugin ids (or names) in priority order, at most 20; duplicates are dropped keeping the first; [] unassigns all */
                    plugin_ids: string[];
                };
            };
        };
        responses: {
            /** @description The new assignments */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            plugins: {
                                plugin_id: string;
                                name: string;
                                description: string;
                                /** @description 0 = first = highest priority (the position in the list) */
                                priority: number;
                                /** @description The version the agent runs: the workspace pin, else the latest */
                                version: string | null;
                                pinned_version: string | null;
                                latest_version: string | null;
                                latest: {
                                    version: string;
                                    description: string;
                                    skills: string[];
                                    commands: string[];
                                    tools: {
                                        name: string;
                                        /** @enum {string} */
                                        risk: "read" | "analyze" | "egress" | "create" | "high";
                                        /** @description Where the tool runs: an https origin or a Lambda ARN */
                                        endpoint?: string;
                                    }[];
                                    requires: {
                                        name: string;
                                        /** @description semver range */
                                        version: string;
                                    }[];
                                    requires_credentials: string[];
                                    /** @description ISO-8601 UTC */
                                    published_at: string;
                                } | null;
                            }[];
                            /** @description Also the ETag; PUT honours If-Match against it */
                            assignment_version: number;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description PLUGIN_NOT_ENABLED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsContextGet: {
        parameters: {
            query?: {
                /** @description Budget: tier 2 documents are left out, lowest priority first, until the estimate fits */
                max_tokens?: number;
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assembled context */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            context: {
                                agent_id: string;
                                persona: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description `custom`: the agent's custom_persona_prompt (use_custom_persona) */
                                persona_source: ("persona" | "custom") | null;
                                persona_prompt: string | null;
                                system_prompt: string | null;
                                instruction_template: string | null;
                                plugins: {
                                    plugin_id: string;
                                    name: string;
                                    version: string;
                                    priority: number;
                                }[];
                                /** @description One compact summary per assigned plugin */
                                tier1: {
                                    plugin_id: string;
                                    name: string;
                                    version: string;
                                    priority: number;
                                    summary: string;
                                    tokens: number;
                                }[];
                                /** @description Full skill and command documents per plugin, within the budget */
                                tier2: {
                                    plugin_id: string;
                                    name: string;
                                    version: string;
                                    priority: number;
                                    content: string;
                                    tokens: number;
                                }[];
                                tools: {
                                    plugin_id: string;
                                    /** @description The plugin that provides the tool */
                                    plugin_name?: string;
                                    /** @description The plugin version whose schema dialect and compiler check this tool's input */
                                    plugin_version?: string;
                                    name: string;
                                    description: string;
                                    input_schema: {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    risk: "read" | "analyze" | "egress" | "create" | "high";
                                    endpoint: string | null;
                                }[];
                                /** @description Tools a higher-priority plugin already offers under the same name */
                                shadowed_tools: {
                                    plugin_id: string;
                                    name: string;
                                    shadowed_by: string;
                                }[];
                                skills: {
                                    plugin_id: string;
                                    name: string;
                                    description: string;
                                }[];
                                commands: {
                                    plugin_id: string;
                                    name: string;
                                    description: string;
                                }[];
                                required_credentials: string[];
                                /** @description Estimated at one token per four characters (tools: of their JSON) */
                                token_estimate: {
                                    persona: number;
                                    system_prompt: number;
                                    instruction_template: number;
                                    tier1: number;
                                    tier2: number;
                                    tools: number;
                                    total: number;
                                };
                                budget: {
                                    max_tokens: number | null;
                                    within_budget: boolean;
                                    /** @description Tier 2 documents left out, lowest priority first */
                                    dropped: {
                                        plugin_id: string;
                                        name: string;
                                        version: string;
                                        priority: number;
                                        tokens: number;
                                    }[];
                                };
                                assignment_version: number;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    executionsExecute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description Retried requests with the same key and body replay the first response for 24 h, only to the same caller (same role and scopes) on the same path and workspace, after authorization and validation; an answer that carried a secret is never stored and its replay answers 409 SECRET_SHOWN_ONCE */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 6291456 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the agent should do */
                    task: string;
                    /** @description Facts for the task, at most 5 MiB of JSON; an instruction template reads them as `{{context.key}}` */
                    context?: {
                        [key: string]: unknown;
                    } | null;
                    /** @description Execution parameters; any other fields are kept with the execution */
                    parameters?: {
                        /** @description Tools the task means to use: one beyond what governance allows the agent is refused at once with 403 GOVERNANCE_VIOLATION */
                        tools?: string[];
                        /** @description Model turns the run may take (default 10) */
                        max_steps?: number;
                        /** @description Tokens (input and output) the whole run may use */
                        max_tokens?: number;
                        /** @description Steers the `local` provider (tests and demos; it exists only in the local runtime); other providers ignore it and read markers as plain text. Markers in the task do the same: `[[tool:files.list {}]]`, `[[fail]]`, `[[throttle:2]]`, `[[slow:5000]]`. */
                        local?: {
                            /** @description Tools to call, one per turn, in order, before answering */
                            tools?: {
                                name: string;
                                /** @default {} */
                                input?: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @description The answer to give */
                            answer?: string;
                            confidence?: number;
                            /** @description Fail every turn (with this message) */
                            fail?: string | boolean;
                            /** @description Be throttled this many times per turn, then answer */
                            throttle?: number;
                            /** @description Take this long over each turn */
                            delay_ms?: number;
                            /** @description Bill this many US dollars for each turn, against the workspace's monthly budget */
                            cost_usd?: number;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                    /**
                     * @description `sync` waits up to `wait_seconds` for the result; `async` answers 202 at once
                     * @default sync
                     * @enum {string}
                     */
                    mode?: "sync" | "async";
                    /**
                     * @description How long a sync request waits before answering 202 with `poll_url`
                     * @default 25
                     */
                    wait_seconds?: number;
                };
            };
        };
        responses: {
            /** @description The execution, finished */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            /** @description The same as `id`, under the name the original APIs used */
                            execution_id: string;
                            agent_id: string;
                            /** @enum {string} */
                            status: "pending" | "in_progress" | "awaiting_approval" | "completed" | "failed" | "cancelled" | "timed_out";
                            /** @enum {string} */
                            mode: "sync" | "async";
                            /** @description 0 pending, advancing with every step, 100 once ended */
                            progress: number;
                            task: string;
                            context: {
                                [key: string]: unknown;
                            } | null;
                            parameters: {
                                [key: string]: unknown;
                            };
                            result: {
                                summary: string;
                                /** @description Structured output: present when the model answered a JSON object (as `configuration.response_format` asks); `summary` is then its `summary` field, else the answer's text */
                                details?: {
                                    [key: string]: unknown;
                                };
                            } | null;
                            confidence: number | null;
                            reasoning_trace: string[];
                            steps: ({
                                /** @constant */
                                type: "model";
                                index: number;
                                at: string;
                                text: string;
                                tool_calls: {
                                    id: string;
                                    name: string;
                                    input: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                reasoning: string | null;
                                confidence: number | null;
                                usage: {
                                    input_tokens: number;
                                    output_tokens: number;
                                    cost_usd: number;
                                };
                                duration_ms: number;
                            } | {
                                /** @constant */
                                type: "tool";
                                index: number;
                                at: string;
                                tool_call_id: string;
                                tool: string;
                                /** @enum {string} */
                                risk: "read" | "analyze" | "egress" | "create" | "high";
                                input: {
                                    [key: string]: unknown;
                                };
                                output: string;
                                duration_ms: number;
                            } | {
                                /** @constant */
                                type: "approval";
                                index: number;
                                at: string;
                                tool_call_id: string;
                                tool: string;
                                /** @enum {string} */
                                risk: "read" | "analyze" | "egress" | "create" | "high";
                                /** @enum {string} */
                                decision: "approved" | "rejected";
                                decided_by: string;
                                comment: string | null;
                            })[];
                            usage: {
                                input_tokens: number;
                                output_tokens: number;
                                cost_usd: number;
                            };
                            /** @description The step held for approval while `awaiting_approval` */
                            pending_approval: {
                                tool_call_id: string;
                                tool: string;
                                /** @enum {string} */
                                risk: "read" | "analyze" | "egress" | "create" | "high";
                                input: {
                                    [key: string]: unknown;
                                };
                                requested_at: string;
                            } | null;
                            error: {
                                code: string;
                                message: string;
                            } | null;
                            feedback: {
                                rating: number;
                                /** @enum {string} */
                                outcome: "success" | "failure";
                                comment: string | null;
                                given_by: string;
                                given_at: string;
                            } | null;
                            source: {
                                /** @constant */
                                type: "api";
                            } | {
                                /** @constant */
                                type: "schedule";
                                schedule_id: string;
                                fire_time: string;
                            };
                            requested_by: string;
                            provider: string;
                            model: string;
                            max_steps: number;
                            timeout_seconds: number;
                            created_at: string;
                            started_at: string | null;
                            completed_at: string | null;
                            updated_at: string;
                            duration_seconds: number | null;
                            poll_url: string;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description The execution, still running: poll `poll_url` */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            /** @description The same as `id`, under the name the original APIs used */
                            execution_id: string;
                            agent_id: string;
                            /** @enum {string} */
                            status: "pending" | "in_progress" | "awaiting_approval" | "completed" | "failed" | "cancelled" | "timed_out";
                            /** @enum {string} */
                            mode: "sync" | "async";
                            /** @description 0 pending, advancing with every step, 100 once ended */
                            progress: number;
                            task: string;
                            context: {
                                [key: string]: unknown;
                            } | null;
                            parameters: {
                                [key: string]: unknown;
                            };
                            result: {
                                summary: string;
                                /** @description Structured output: present when the model answered a JSON object (as `configuration.response_format` asks); `summary` is then its `summary` field, else the answer's text */
                                details?: {
                                    [key: string]: unknown;
                                };
                            } | null;
                            confidence: number | null;
                            reasoning_trace: string[];
                            steps: ({
                                /** @constant */
                                type: "model";
                                index: number;
                                at: string;
                                text: string;
                                tool_calls: {
                                    id: string;
                                    name: string;
                                    input: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                reasoning: string | null;
                                confidence: number | null;
                                usage: {
                                    input_tokens: number;
                                    output_tokens: number;
                                    cost_usd: number;
                                };
                                duration_ms: number;
                            } | {
                                /** @constant */
                                type: "tool";
                                index: number;
                                at: string;
                                tool_call_id: string;
                                tool: string;
                                /** @enum {string} */
                                risk: "read" | "analyze" | "egress" | "create" | "high";
                                input: {
                                    [key: string]: unknown;
                                };
                                output: string;
                                duration_ms: number;
                            } | {
                                /** @constant */
                                type: "approval";
                                index: number;
                                at: string;
                                tool_call_id: string;
                                tool: string;
                                /** @enum {string} */
                                risk: "read" | "analyze" | "egress" | "create" | "high";
                                /** @enum {string} */
                                decision: "approved" | "rejected";
                                decided_by: string;
                                comment: string | null;
                            })[];
                            usage: {
                                input_tokens: number;
                                output_tokens: number;
                                cost_usd: number;
                            };
                            /** @description The step held for approval while `awaiting_approval` */
                            pending_approval: {
                                tool_call_id: string;
                                tool: string;
                                /** @enum {string} */
                                risk: "read" | "analyze" | "egress" | "create" | "high";
                                input: {
                                    [key: string]: unknown;
                                };
                                requested_at: string;
                            } | null;
                            error: {
                                code: string;
                                message: string;
                            } | null;
                            feedback: {
                                rating: number;
                                /** @enum {string} */
                                outcome: "success" | "failure";
                                comment: string | null;
                                given_by: string;
                                given_at: string;
                            } | null;
                            source: {
                                /** @constant */
                                type: "api";
                            } | {
                                /** @constant */
                                type: "schedule";
                                schedule_id: string;
                                fire_time: string;
                            };
                            requested_by: string;
                            provider: string;
                            model: string;
                            max_steps: number;
                            timeout_seconds: number;
                            created_at: string;
                            started_at: string | null;
                            completed_at: string | null;
                            updated_at: string;
                            duration_seconds: number | null;
                            poll_url: string;
                            message: string;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN, BUDGET_EXCEEDED, GOVERNANCE_VIOLATION */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description IDEMPOTENCY_IN_PROGRESS, AGENT_NOT_ACTIVE, ALREADY_FIRED, CONCURRENT_MODIFICATION */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED, CONCURRENCY_LIMIT */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description EXECUTION_FAILED */
            502: components["responses"]["Error502"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    executionsList: {
        parameters: {
            query?: {
                /** @description Only executions in this status */
                status?: "pending" | "in_progress" | "awaiting_approval" | "completed" | "failed" | "cancelled" | "timed_out";
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description Alias of `limit` (the name some clients send); sending both answers 400 */
                per_page?: number;
                /** @description Page number (ignored with `cursor`) */
                page?: number;
                /** @description `next_cursor` of the previous page of this same list; signed, so an altered one or one from another list or workspace answers 400 */
                cursor?: string;
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of executions */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            executions: {
                                id: string;
                                /** @description The same as `id`, under the name the original APIs used */
                                execution_id: string;
                                agent_id: string;
                                /** @enum {string} */
                                status: "pending" | "in_progress" | "awaiting_approval" | "completed" | "failed" | "cancelled" | "timed_out";
                                /** @enum {string} */
                                mode: "sync" | "async";
                                /** @description 0 pending, advancing with every step, 100 once ended */
                                progress: number;
                                task: string;
                                context: {
                                    [key: string]: unknown;
                                } | null;
                                parameters: {
                                    [key: string]: unknown;
                                };
                                result: {
                                    summary: string;
                                    /** @description Structured output: present when the model answered a JSON object (as `configuration.response_format` asks); `summary` is then its `summary` field, else the answer's text */
                                    details?: {
                                        [key: string]: unknown;
                                    };
                                } | null;
                                confidence: number | null;
                                reasoning_trace: string[];
                                steps: ({
                                    /** @constant */
                                    type: "model";
                                    index: number;
                                    at: string;
                                    text: string;
                                    tool_calls: {
                                        id: string;
                                        name: string;
                                        input: {
                                            [key: string]: unknown;
                                        };
                                    }[];
                                    reasoning: string | null;
                                    confidence: number | null;
                                    usage: {
                                        input_tokens: number;
                                        output_tokens: number;
                                        cost_usd: number;
                                    };
                                    duration_ms: number;
                                } | {
                                    /** @constant */
                                    type: "tool";
                                    index: number;
                                    at: string;
                                    tool_call_id: string;
                                    tool: string;
                                    /** @enum {string} */
                                    risk: "read" | "analyze" | "egress" | "create" | "high";
                                    input: {
                                        [key: string]: unknown;
                                    };
                                    output: string;
                                    duration_ms: number;
                                } | {
                                    /** @constant */
                                    type: "approval";
                                    index: number;
                                    at: string;
                                    tool_call_id: string;
                                    tool: string;
                                    /** @enum {string} */
                                    risk: "read" | "analyze" | "egress" | "create" | "high";
                                    /** @enum {string} */
                                    decision: "approved" | "rejected";
                                    decided_by: string;
                                    comment: string | null;
                                })[];
                                usage: {
                                    input_tokens: number;
                                    output_tokens: number;
                                    cost_usd: number;
                                };
                                /** @description The step held for approval while `awaiting_approval` */
                                pending_approval: {
                                    tool_call_id: string;
                                    tool: string;
                                    /** @enum {string} */
                                    risk: "read" | "analyze" | "egress" | "create" | "high";
                                    input: {
                                        [key: string]: unknown;
                                    };
                                    requested_at: string;
                                } | null;
                                error: {
                                    code: string;
                                    message: string;
                                } | null;
                                feedback: {
                                    rating: number;
                                    /** @enum {string} */
                                    outcome: "success" | "failure";
                                    comment: string | null;
                                    given_by: string;
                                    given_at: string;
                                } | null;
                                source: {
                                    /** @constant */
                                    type: "api";
                                } | {
                                    /** @constant */
                                    type: "schedule";
                                    schedule_id: string;
                                    fire_time: string;
                                };
                                requested_by: string;
                                provider: string;
                                model: string;
                                max_steps: number;
                                timeout_seconds: number;
                                created_at: string;
                                started_at: string | null;
                                completed_at: string | null;
                                updated_at: string;
                                duration_seconds: number | null;
                                poll_url: string;
                            }[];
                            pagination: {
                                page: number;
                                limit: number;
                                /** @description Items the list holds; null for an agent list with several filters whose first page does not hold it all, and for a file listing or a workspace-wide list of available folders whose page does not reach its end (page on with `next_cursor`) */
                                total: number | null;
                                pages: number | null;
                                next_cursor: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    executionsGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
                execution: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The execution */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            /** @description The same as `id`, under the name the original APIs used */
                            execution_id: string;
                            agent_id: string;
                            /** @enum {string} */
                            status: "pending" | "in_progress" | "awaiting_approval" | "completed" | "failed" | "cancelled" | "timed_out";
                            /** @enum {string} */
                            mode: "sync" | "async";
                            /** @description 0 pending, advancing with every step, 100 once ended */
                            progress: number;
                            task: string;
                            context: {
                                [key: string]: unknown;
                            } | null;
                            parameters: {
                                [key: string]: unknown;
                            };
                            result: {
                                summary: string;
                                /** @description Structured output: present when the model answered a JSON object (as `configuration.response_format` asks); `summary` is then its `summary` field, else the answer's text */
                                details?: {
                                    [key: string]: unknown;
                                };
                            } | null;
                            confidence: number | null;
                            reasoning_trace: string[];
                            steps: ({
                                /** @constant */
                                type: "model";
                                index: number;
                                at: string;
                                text: string;
                                tool_calls: {
                                    id: string;
                                    name: string;
                                    input: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                reasoning: string | null;
                                confidence: number | null;
                                usage: {
                                    input_tokens: number;
                                    output_tokens: number;
                                    cost_usd: number;
                                };
                                duration_ms: number;
                            } | {
                                /** @constant */
                                type: "tool";
                                index: number;
                                at: string;
                                tool_call_id: string;
                                tool: string;
                                /** @enum {string} */
                                risk: "read" | "analyze" | "egress" | "create" | "high";
                                input: {
                                    [key: string]: unknown;
                                };
                                output: string;
                                duration_ms: number;
                            } | {
                                /** @constant */
                                type: "approval";
                                index: number;
                                at: string;
                                tool_call_id: string;
                                tool: string;
                                /** @enum {string} */
                                risk: "read" | "analyze" | "egress" | "create" | "high";
                                /** @enum {string} */
                                decision: "approved" | "rejected";
                                decided_by: string;
                                comment: string | null;
                            })[];
                            usage: {
                                input_tokens: number;
                                output_tokens: number;
                                cost_usd: number;
                            };
                            /** @description The step held for approval while `awaiting_approval` */
                            pending_approval: {
                                tool_call_id: string;
                                tool: string;
                                /** @enum {string} */
                                risk: "read" | "analyze" | "egress" | "create" | "high";
                                input: {
                                    [key: string]: unknown;
                                };
                                requested_at: string;
                            } | null;
                            error: {
                                code: string;
                                message: string;
                            } | null;
                            feedback: {
                                rating: number;
                                /** @enum {string} */
                                outcome: "success" | "failure";
                                comment: string | null;
                                given_by: string;
                                given_at: string;
                            } | null;
                            source: {
                                /** @constant */
                                type: "api";
                            } | {
                                /** @constant */
                                type: "schedule";
                                schedule_id: string;
                                fire_time: string;
                            };
                            requested_by: string;
                            provider: string;
                            model: string;
                            max_steps: number;
                            timeout_seconds: number;
                            created_at: string;
                            started_at: string | null;
                            completed_at: string | null;
                            updated_at: string;
                            duration_seconds: number | null;
                            poll_url: string;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, EXECUTION_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    executionsCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
                execution: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled execution */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            /** @description The same as `id`, under the name the original APIs used */
                            execution_id: string;
                            agent_id: string;
                            /** @enum {string} */
                            status: "pending" | "in_progress" | "awaiting_approval" | "completed" | "failed" | "cancelled" | "timed_out";
                            /** @enum {string} */
                            mode: "sync" | "async";
                            /** @description 0 pending, advancing with every step, 100 once ended */
                            progress: number;
                            task: string;
                            context: {
                                [key: string]: unknown;
                            } | null;
                            parameters: {
                                [key: string]: unknown;
                            };
                            result: {
                                summary: string;
                                /** @description Structured output: present when the model answered a JSON object (as `configuration.response_format` asks); `summary` is then its `summary` field, else the answer's text */
                                details?: {
                                    [key: string]: unknown;
                                };
                            } | null;
                            confidence: number | null;
                            reasoning_trace: string[];
                            steps: ({
                                /** @constant */
                                type: "model";
                                index: number;
                                at: string;
                                text: string;
                                tool_calls: {
                                    id: string;
                                    name: string;
                                    input: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                reasoning: string | null;
                                confidence: number | null;
                                usage: {
                                    input_tokens: number;
                                    output_tokens: number;
                                    cost_usd: number;
                                };
                                duration_ms: number;
                            } | {
                                /** @constant */
                                type: "tool";
                                index: number;
                                at: string;
                                tool_call_id: string;
                                tool: string;
                                /** @enum {string} */
                                risk: "read" | "analyze" | "egress" | "create" | "high";
                                input: {
                                    [key: string]: unknown;
                                };
                                output: string;
                                duration_ms: number;
                            } | {
                                /** @constant */
                                type: "approval";
                                index: number;
                                at: string;
                                tool_call_id: string;
                                tool: string;
                                /** @enum {string} */
                                risk: "read" | "analyze" | "egress" | "create" | "high";
                                /** @enum {string} */
                                decision: "approved" | "rejected";
                                decided_by: string;
                                comment: string | null;
                            })[];
                            usage: {
                                input_tokens: number;
                                output_tokens: number;
                                cost_usd: number;
                            };
                            /** @description The step held for approval while `awaiting_approval` */
                            pending_approval: {
                                tool_call_id: string;
                                tool: string;
                                /** @enum {string} */
                                risk: "read" | "analyze" | "egress" | "create" | "high";
                                input: {
                                    [key: string]: unknown;
                                };
                                requested_at: string;
                            } | null;
                            error: {
                                code: string;
                                message: string;
                            } | null;
                            feedback: {
                                rating: number;
                                /** @enum {string} */
                                outcome: "success" | "failure";
                                comment: string | null;
                                given_by: string;
                                given_at: string;
                            } | null;
                            source: {
                                /** @constant */
                                type: "api";
                            } | {
                                /** @constant */
                                type: "schedule";
                                schedule_id: string;
                                fire_time: string;
                            };
                            requested_by: string;
                            provider: string;
                            model: string;
                            max_steps: number;
                            timeout_seconds: number;
                            created_at: string;
                            started_at: string | null;
                            completed_at: string | null;
                            updated_at: string;
                            duration_seconds: number | null;
                            poll_url: string;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, EXECUTION_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description CONCURRENT_MODIFICATION, INVALID_TRANSITION */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED, CONCURRENCY_LIMIT */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    executionsApprove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
                execution: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why; kept with the decision */
                    comment?: string | null;
                };
            };
        };
        responses: {
            /** @description The execution, resumed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            /** @description The same as `id`, under the name the original APIs used */
                            execution_id: string;
                            agent_id: string;
                            /** @enum {string} */
                            status: "pending" | "in_progress" | "awaiting_approval" | "completed" | "failed" | "cancelled" | "timed_out";
                            /** @enum {string} */
                            mode: "sync" | "async";
                            /** @description 0 pending, advancing with every step, 100 once ended */
                            progress: number;
                            task: string;
                            context: {
                                [key: string]: unknown;
                            } | null;
                            parameters: {
                                [key: string]: unknown;
                            };
                            result: {
                                summary: string;
                                /** @description Structured output: present when the model answered a JSON object (as `configuration.response_format` asks); `summary` is then its `summary` field, else the answer's text */
                                details?: {
                                    [key: string]: unknown;
                                };
                            } | null;
                            confidence: number | null;
                            reasoning_trace: string[];
                            steps: ({
                                /** @constant */
                                type: "model";
                                index: number;
                                at: string;
                                text: string;
                                tool_calls: {
                                    id: string;
                                    name: string;
                                    input: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                reasoning: string | null;
                                confidence: number | null;
                                usage: {
                                    input_tokens: number;
                                    output_tokens: number;
                                    cost_usd: number;
                                };
                                duration_ms: number;
                            } | {
                                /** @constant */
                                type: "tool";
                                index: number;
                                at: string;
                                tool_call_id: string;
                                tool: string;
                                /** @enum {string} */
                                risk: "read" | "analyze" | "egress" | "create" | "high";
                                input: {
                                    [key: string]: unknown;
                                };
                                output: string;
                                duration_ms: number;
                            } | {
                                /** @constant */
                                type: "approval";
                                index: number;
                                at: string;
                                tool_call_id: string;
                                tool: string;
                                /** @enum {string} */
                                risk: "read" | "analyze" | "egress" | "create" | "high";
                                /** @enum {string} */
                                decision: "approved" | "rejected";
                                decided_by: string;
                                comment: string | null;
                            })[];
                            usage: {
                                input_tokens: number;
                                output_tokens: number;
                                cost_usd: number;
                            };
                            /** @description The step held for approval while `awaiting_approval` */
                            pending_approval: {
                                tool_call_id: string;
                                tool: string;
                                /** @enum {string} */
                                risk: "read" | "analyze" | "egress" | "create" | "high";
                                input: {
                                    [key: string]: unknown;
                                };
                                requested_at: string;
                            } | null;
                            error: {
                                code: string;
                                message: string;
                            } | null;
                            feedback: {
                                rating: number;
                                /** @enum {string} */
                                outcome: "success" | "failure";
                                comment: string | null;
                                given_by: string;
                                given_at: string;
                            } | null;
                            source: {
                                /** @constant */
                                type: "api";
                            } | {
                                /** @constant */
                                type: "schedule";
                                schedule_id: string;
                                fire_time: string;
                            };
                            requested_by: string;
                            provider: string;
                            model: string;
                            max_steps: number;
                            timeout_seconds: number;
                            created_at: string;
                            started_at: string | null;
                            completed_at: string | null;
                            updated_at: string;
                            duration_seconds: number | null;
                            poll_url: string;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, EXECUTION_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description CONCURRENT_MODIFICATION, INVALID_TRANSITION */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    executionsReject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
                execution: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why; kept with the decision */
                    comment?: string | null;
                };
            };
        };
        responses: {
            /** @description The execution, resumed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            id: string;
                            /** @description The same as `id`, under the name the original APIs used */
                            execution_id: string;
                            agent_id: string;
                            /** @enum {string} */
                            status: "pending" | "in_progress" | "awaiting_approval" | "completed" | "failed" | "cancelled" | "timed_out";
                            /** @enum {string} */
                            mode: "sync" | "async";
                            /** @description 0 pending, advancing with every step, 100 once ended */
                            progress: number;
                            task: string;
                            context: {
                                [key: string]: unknown;
                            } | null;
                            parameters: {
                                [key: string]: unknown;
                            };
                            result: {
                                summary: string;
                                /** @description Structured output: present when the model answered a JSON object (as `configuration.response_format` asks); `summary` is then its `summary` field, else the answer's text */
                                details?: {
                                    [key: string]: unknown;
                                };
                            } | null;
                            confidence: number | null;
                            reasoning_trace: string[];
                            steps: ({
                                /** @constant */
                                type: "model";
                                index: number;
                                at: string;
                                text: string;
                                tool_calls: {
                                    id: string;
                                    name: string;
                                    input: {
                                        [key: string]: unknown;
                                    };
                                }[];
                                reasoning: string | null;
                                confidence: number | null;
                                usage: {
                                    input_tokens: number;
                                    output_tokens: number;
                                    cost_usd: number;
                                };
                                duration_ms: number;
                            } | {
                                /** @constant */
                                type: "tool";
                                index: number;
                                at: string;
                                tool_call_id: string;
                                tool: string;
                                /** @enum {string} */
                                risk: "read" | "analyze" | "egress" | "create" | "high";
                                input: {
                                    [key: string]: unknown;
                                };
                                output: string;
                                duration_ms: number;
                            } | {
                                /** @constant */
                                type: "approval";
                                index: number;
                                at: string;
                                tool_call_id: string;
                                tool: string;
                                /** @enum {string} */
                                risk: "read" | "analyze" | "egress" | "create" | "high";
                                /** @enum {string} */
                                decision: "approved" | "rejected";
                                decided_by: string;
                                comment: string | null;
                            })[];
                            usage: {
                                input_tokens: number;
                                output_tokens: number;
                                cost_usd: number;
                            };
                            /** @description The step held for approval while `awaiting_approval` */
                            pending_approval: {
                                tool_call_id: string;
                                tool: string;
                                /** @enum {string} */
                                risk: "read" | "analyze" | "egress" | "create" | "high";
                                input: {
                                    [key: string]: unknown;
                                };
                                requested_at: string;
                            } | null;
                            error: {
                                code: string;
                                message: string;
                            } | null;
                            feedback: {
                                rating: number;
                                /** @enum {string} */
                                outcome: "success" | "failure";
                                comment: string | null;
                                given_by: string;
                                given_at: string;
                            } | null;
                            source: {
                                /** @constant */
                                type: "api";
                            } | {
                                /** @constant */
                                type: "schedule";
                                schedule_id: string;
                                fire_time: string;
                            };
                            requested_by: string;
                            provider: string;
                            model: string;
                            max_steps: number;
                            timeout_seconds: number;
                            created_at: string;
                            started_at: string | null;
                            completed_at: string | null;
                            updated_at: string;
                            duration_seconds: number | null;
                            poll_url: string;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, EXECUTION_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description CONCURRENT_MODIFICATION, INVALID_TRANSITION */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    executionsFeedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
                execution: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1 (poor) to 5 (excellent) */
                    rating: number;
                    /**
                     * @description Whether the run achieved what was asked, in the rater's judgement
                     * @enum {string}
                     */
                    outcome: "success" | "failure";
                    comment?: string | null;
                };
            };
        };
        responses: {
            /** @description The feedback as stored */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            execution_id: string;
                            feedback: {
                                rating: number;
                                /** @enum {string} */
                                outcome: "success" | "failure";
                                comment: string | null;
                                given_by: string;
                                given_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, EXECUTION_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description INVALID_TRANSITION */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    executionsSchedulesList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Schedules */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            schedules: {
                                id: string;
                                agent_id: string;
                                expression: string;
                                timezone: string;
                                task: string;
                                context: {
                                    [key: string]: unknown;
                                } | null;
                                parameters: {
                                    [key: string]: unknown;
                                };
                                enabled: boolean;
                                created_by: string;
                                created_at: string;
                            }[];
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    executionsSchedulesCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description Retried requests with the same key and body replay the first response for 24 h, only to the same caller (same role and scopes) on the same path and workspace, after authorization and validation; an answer that carried a secret is never stored and its replay answers 409 SECRET_SHOWN_ONCE */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description `rate(<n> minute|minutes|hour|hours|day|days)` or `cron(minutes hours day-of-month month day-of-week year)`, as EventBridge Scheduler reads them */
                    expression: string;
                    /** @description The task each firing runs */
                    task: string;
                    /**
                     * @description IANA time zone a cron expression is read in
                     * @default UTC
                     */
                    timezone?: string;
                    /** @default true */
                    enabled?: boolean;
                    /** @description Each run's context */
                    context?: {
                        [key: string]: unknown;
                    } | null;
                    /** @description Execution parameters; any other fields are kept with the execution */
                    parameters?: {
                        /** @description Tools the task means to use: one beyond what governance allows the agent is refused at once with 403 GOVERNANCE_VIOLATION */
                        tools?: string[];
                        /** @description Model turns the run may take (default 10) */
                        max_steps?: number;
                        /** @description Tokens (input and output) the whole run may use */
                        max_tokens?: number;
                        /** @description Steers the `local` provider (tests and demos; it exists only in the local runtime); other providers ignore it and read markers as plain text. Markers in the task do the same: `[[tool:files.list {}]]`, `[[fail]]`, `[[throttle:2]]`, `[[slow:5000]]`. */
                        local?: {
                            /** @description Tools to call, one per turn, in order, before answering */
                            tools?: {
                                name: string;
                                /** @default {} */
                                input?: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @description The answer to give */
                            answer?: string;
                            confidence?: number;
                            /** @description Fail every turn (with this message) */
                            fail?: string | boolean;
                            /** @description Be throttled this many times per turn, then answer */
                            throttle?: number;
                            /** @description Take this long over each turn */
                            delay_ms?: number;
                            /** @description Bill this many US dollars for each turn, against the workspace's monthly budget */
                            cost_usd?: number;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description The schedule */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            schedule: {
                                id: string;
                                agent_id: string;
                                expression: string;
                                timezone: string;
                                task: string;
                                context: {
                                    [key: string]: unknown;
                                } | null;
                                parameters: {
                                    [key: string]: unknown;
                                };
                                enabled: boolean;
                                created_by: string;
                                created_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN, QUOTA_EXCEEDED */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, SCHEDULE_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description IDEMPOTENCY_IN_PROGRESS */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    executionsSchedulesDelete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
                schedule: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @constant */
                            deleted: true;
                            schedule_id: string;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN, QUOTA_EXCEEDED */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, SCHEDULE_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    webhooksList: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description Alias of `limit` (the name some clients send); sending both answers 400 */
                per_page?: number;
                /** @description Page number (ignored with `cursor`) */
                page?: number;
                /** @description `next_cursor` of the previous page of this same list; signed, so an altered one or one from another list or workspace answers 400 */
                cursor?: string;
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Webhook endpoints */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            webhooks: {
                                id: string;
                                workspace_id: string;
                                url: string;
                                events: ("agent.created" | "agent.updated" | "agent.renamed" | "agent.started" | "agent.stopped" | "agent.deleted" | "agent.executed" | "execution.failed" | "execution.awaiting_approval" | "agent.graduated" | "graduation.failed" | "agent.demoted" | "plugin.assigned" | "file.rejected" | "workspace.member_added" | "schedule.disabled" | "webhook.disabled" | "webhook.test" | "*")[];
                                description: string | null;
                                enabled: boolean;
                                /** @description Set when the platform disabled it: `gone` (it answered 410), `failing` (every attempt failed for 5 days) */
                                disabled_reason: ("gone" | "failing") | null;
                                /** @description When its current run of failed attempts began; null after a success */
                                failing_since: string | null;
                                /** @description The endpoint's breaker: after 5 failed attempts in a row it opens for 60 s, twice as long each time it opens again (at most 60 min); while open, deliveries wait unattempted (no attempt is counted); after it one attempt probes while the others wait, and a failed probe opens it again. A success, a new url or re-enabling closes it */
                                circuit: {
                                    /** @enum {string} */
                                    state: "closed" | "open";
                                    /** @description When open: until when */
                                    until?: string;
                                };
                                created_by: string;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                                version: number;
                            }[];
                            pagination: {
                                page: number;
                                limit: number;
                                /** @description Items the list holds; null for an agent list with several filters whose first page does not hold it all, and for a file listing or a workspace-wide list of available folders whose page does not reach its end (page on with `next_cursor`) */
                                total: number | null;
                                pages: number | null;
                                next_cursor: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    webhooksCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description Retried requests with the same key and body replay the first response for 24 h, only to the same caller (same role and scopes) on the same path and workspace, after authorization and validation; an answer that carried a secret is never stored and its replay answers 409 SECRET_SHOWN_ONCE */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Where deliveries are POSTed: an absolute https:// URL with a public host, on port 443, 80 or 1024–65535, and no user:password@ (at most 2048 characters) */
                    url: string;
                    /** @description The events to receive, each at most once; or ["*"] for every public event, including ones added later */
                    events: ("agent.created" | "agent.updated" | "agent.renamed" | "agent.started" | "agent.stopped" | "agent.deleted" | "agent.executed" | "execution.failed" | "execution.awaiting_approval" | "agent.graduated" | "graduation.failed" | "agent.demoted" | "plugin.assigned" | "file.rejected" | "workspace.member_added" | "schedule.disabled" | "webhook.disabled" | "webhook.test" | "*")[];
                    /** @description What the endpoint is for */
                    description?: string | null;
                    /**
                     * @description Off: nothing is delivered to it. Turning it on again clears a disabled_reason the platform set
                     * @default true
                     */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            webhook: {
                                id: string;
                                workspace_id: string;
                                url: string;
                                events: ("agent.created" | "agent.updated" | "agent.renamed" | "agent.started" | "agent.stopped" | "agent.deleted" | "agent.executed" | "execution.failed" | "execution.awaiting_approval" | "agent.graduated" | "graduation.failed" | "agent.demoted" | "plugin.assigned" | "file.rejected" | "workspace.member_added" | "schedule.disabled" | "webhook.disabled" | "webhook.test" | "*")[];
                                description: string | null;
                                enabled: boolean;
                                /** @description Set when the platform disabled it: `gone` (it answered 410), `failing` (every attempt failed for 5 days) */
                                disabled_reason: ("gone" | "failing") | null;
                                /** @description When its current run of failed attempts began; null after a success */
                                failing_since: string | null;
                                /** @description The endpoint's breaker: after 5 failed attempts in a row it opens for 60 s, twice as long each time it opens again (at most 60 min); while open, deliveries wait unattempted (no attempt is counted); after it one attempt probes while the others wait, and a failed probe opens it again. A success, a new url or re-enabling closes it */
                                circuit: {
                                    /** @enum {string} */
                                    state: "closed" | "open";
                                    /** @description When open: until when */
                                    until?: string;
                                };
                                created_by: string;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                                version: number;
                                /** @description `whsec_…`: verify deliveries with it (Standard Webhooks). Shown in this answer only */
                                secret: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN, QUOTA_EXCEEDED */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description IDEMPOTENCY_IN_PROGRESS, SECRET_SHOWN_ONCE */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description IDEMPOTENCY_KEY_REUSED, WEBHOOK_HOST_LIMIT */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    webhooksGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                webhook: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            webhook: {
                                id: string;
                                workspace_id: string;
                                url: string;
                                events: ("agent.created" | "agent.updated" | "agent.renamed" | "agent.started" | "agent.stopped" | "agent.deleted" | "agent.executed" | "execution.failed" | "execution.awaiting_approval" | "agent.graduated" | "graduation.failed" | "agent.demoted" | "plugin.assigned" | "file.rejected" | "workspace.member_added" | "schedule.disabled" | "webhook.disabled" | "webhook.test" | "*")[];
                                description: string | null;
                                enabled: boolean;
                                /** @description Set when the platform disabled it: `gone` (it answered 410), `failing` (every attempt failed for 5 days) */
                                disabled_reason: ("gone" | "failing") | null;
                                /** @description When its current run of failed attempts began; null after a success */
                                failing_since: string | null;
                                /** @description The endpoint's breaker: after 5 failed attempts in a row it opens for 60 s, twice as long each time it opens again (at most 60 min); while open, deliveries wait unattempted (no attempt is counted); after it one attempt probes while the others wait, and a failed probe opens it again. A success, a new url or re-enabling closes it */
                                circuit: {
                                    /** @enum {string} */
                                    state: "closed" | "open";
                                    /** @description When open: until when */
                                    until?: string;
                                };
                                created_by: string;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                                version: number;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WEBHOOK_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    webhooksDelete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                webhook: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @constant */
                            deleted: true;
                            webhook_id: string;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WEBHOOK_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    webhooksUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description The `ETag` (version) the update applies to; a stale one answers 412 */
                "If-Match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                webhook: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Where deliveries are POSTed: an absolute https:// URL with a public host, on port 443, 80 or 1024–65535, and no user:password@ (at most 2048 characters) */
                    url?: string;
                    /** @description The events to receive, each at most once; or ["*"] for every public event, including ones added later */
                    events?: ("agent.created" | "agent.updated" | "agent.renamed" | "agent.started" | "agent.stopped" | "agent.deleted" | "agent.executed" | "execution.failed" | "execution.awaiting_approval" | "agent.graduated" | "graduation.failed" | "agent.demoted" | "plugin.assigned" | "file.rejected" | "workspace.member_added" | "schedule.disabled" | "webhook.disabled" | "webhook.test" | "*")[];
                    /** @description What the endpoint is for */
                    description?: string | null;
                    /** @description Off: nothing is delivered to it. Turning it on again clears a disabled_reason the platform set */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description The updated endpoint */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            webhook: {
                                id: string;
                                workspace_id: string;
                                url: string;
                                events: ("agent.created" | "agent.updated" | "agent.renamed" | "agent.started" | "agent.stopped" | "agent.deleted" | "agent.executed" | "execution.failed" | "execution.awaiting_approval" | "agent.graduated" | "graduation.failed" | "agent.demoted" | "plugin.assigned" | "file.rejected" | "workspace.member_added" | "schedule.disabled" | "webhook.disabled" | "webhook.test" | "*")[];
                                description: string | null;
                                enabled: boolean;
                                /** @description Set when the platform disabled it: `gone` (it answered 410), `failing` (every attempt failed for 5 days) */
                                disabled_reason: ("gone" | "failing") | null;
                                /** @description When its current run of failed attempts began; null after a success */
                                failing_since: string | null;
                                /** @description The endpoint's breaker: after 5 failed attempts in a row it opens for 60 s, twice as long each time it opens again (at most 60 min); while open, deliveries wait unattempted (no attempt is counted); after it one attempt probes while the others wait, and a failed probe opens it again. A success, a new url or re-enabling closes it */
                                circuit: {
                                    /** @enum {string} */
                                    state: "closed" | "open";
                                    /** @description When open: until when */
                                    until?: string;
                                };
                                created_by: string;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                                version: number;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT, IMMUTABLE_FIELD */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WEBHOOK_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description WEBHOOK_HOST_LIMIT */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    webhooksRotateSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description Retried requests with the same key and body replay the first response for 24 h, only to the same caller (same role and scopes) on the same path and workspace, after authorization and validation; an answer that carried a secret is never stored and its replay answers 409 SECRET_SHOWN_ONCE */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                webhook: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint with its new secret */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            webhook: {
                                id: string;
                                workspace_id: string;
                                url: string;
                                events: ("agent.created" | "agent.updated" | "agent.renamed" | "agent.started" | "agent.stopped" | "agent.deleted" | "agent.executed" | "execution.failed" | "execution.awaiting_approval" | "agent.graduated" | "graduation.failed" | "agent.demoted" | "plugin.assigned" | "file.rejected" | "workspace.member_added" | "schedule.disabled" | "webhook.disabled" | "webhook.test" | "*")[];
                                description: string | null;
                                enabled: boolean;
                                /** @description Set when the platform disabled it: `gone` (it answered 410), `failing` (every attempt failed for 5 days) */
                                disabled_reason: ("gone" | "failing") | null;
                                /** @description When its current run of failed attempts began; null after a success */
                                failing_since: string | null;
                                /** @description The endpoint's breaker: after 5 failed attempts in a row it opens for 60 s, twice as long each time it opens again (at most 60 min); while open, deliveries wait unattempted (no attempt is counted); after it one attempt probes while the others wait, and a failed probe opens it again. A success, a new url or re-enabling closes it */
                                circuit: {
                                    /** @enum {string} */
                                    state: "closed" | "open";
                                    /** @description When open: until when */
                                    until?: string;
                                };
                                created_by: string;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                                version: number;
                                /** @description `whsec_…`: verify deliveries with it (Standard Webhooks). Shown in this answer only */
                                secret: string;
                            };
                            /** @description Until when the replaced secret still signs (null: there was none) */
                            previous_secret_expires_at: string | null;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WEBHOOK_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description IDEMPOTENCY_IN_PROGRESS, SECRET_SHOWN_ONCE */
            409: components["responses"]["Error409"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description IDEMPOTENCY_KEY_REUSED, WEBHOOK_HOST_LIMIT */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    webhooksTest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description Retried requests with the same key and body replay the first response for 24 h, only to the same caller (same role and scopes) on the same path and workspace, after authorization and validation; an answer that carried a secret is never stored and its replay answers 409 SECRET_SHOWN_ONCE */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                webhook: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            delivery: {
                                /** @description dlv_… */
                                id: string;
                                webhook_id: string;
                                /** @description The `webhook-id` header of every attempt: the event’s id, for de-duplication */
                                event_id: string;
                                event: string;
                                /**
                                 * @description `pending` (not attempted yet), `retrying` (failed, next attempt at `next_attempt_at`), `delivered` (a 2xx), `failed` (no attempts left)
                                 * @enum {string}
                                 */
                                status: "pending" | "delivered" | "retrying" | "failed";
                                attempts: number;
                                last_status_code: number | null;
                                next_attempt_at: string | null;
                                created_at: string;
                                updated_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WEBHOOK_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description IDEMPOTENCY_IN_PROGRESS */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    webhooksDeliveries: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                /** @description Only deliveries in this status */
                status?: "pending" | "delivered" | "retrying" | "failed";
                /** @description Only deliveries of this event type (a page may then hold fewer than `limit`) */
                event?: "agent.created" | "agent.updated" | "agent.renamed" | "agent.started" | "agent.stopped" | "agent.deleted" | "agent.executed" | "execution.failed" | "execution.awaiting_approval" | "agent.graduated" | "graduation.failed" | "agent.demoted" | "plugin.assigned" | "file.rejected" | "workspace.member_added" | "schedule.disabled" | "webhook.disabled" | "webhook.test";
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                webhook: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deliveries */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            deliveries: {
                                /** @description dlv_… */
                                id: string;
                                webhook_id: string;
                                /** @description The `webhook-id` header of every attempt: the event’s id, for de-duplication */
                                event_id: string;
                                event: string;
                                /**
                                 * @description `pending` (not attempted yet), `retrying` (failed, next attempt at `next_attempt_at`), `delivered` (a 2xx), `failed` (no attempts left)
                                 * @enum {string}
                                 */
                                status: "pending" | "delivered" | "retrying" | "failed";
                                attempts: number;
                                last_status_code: number | null;
                                next_attempt_at: string | null;
                                created_at: string;
                                updated_at: string;
                            }[];
                            pagination: {
                                page: number;
                                limit: number;
                                /** @description Items the list holds; null for an agent list with several filters whose first page does not hold it all, and for a file listing or a workspace-wide list of available folders whose page does not reach its end (page on with `next_cursor`) */
                                total: number | null;
                                pages: number | null;
                                next_cursor: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WEBHOOK_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    webhooksDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                webhook: string;
                delivery: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            delivery: {
                                /** @description dlv_… */
                                id: string;
                                webhook_id: string;
                                /** @description The `webhook-id` header of every attempt: the event’s id, for de-duplication */
                                event_id: string;
                                event: string;
                                /**
                                 * @description `pending` (not attempted yet), `retrying` (failed, next attempt at `next_attempt_at`), `delivered` (a 2xx), `failed` (no attempts left)
                                 * @enum {string}
                                 */
                                status: "pending" | "delivered" | "retrying" | "failed";
                                attempts: number;
                                last_status_code: number | null;
                                next_attempt_at: string | null;
                                created_at: string;
                                updated_at: string;
                            };
                            attempts: {
                                /** @description 1-based */
                                number: number;
                                /** @description When the request was sent */
                                at: string;
                                /** @description null when no answer came; `error` then names the class */
                                status_code: number | null;
                                latency_ms: number;
                                /** @description Why the attempt failed; null when delivered. `answered HTTP <status>` (a redirect adds that it was not followed), followed by why it is not retried when that is so; or, without an answer, one of `connection_refused`, `timeout`, `dns_failure`, `tls_error`, `refused_target` (the host resolved to an address webhooks may not reach), `connection_error` */
                                error: string | null;
                                /** @description The first 1 KiB of the answer (no more is read) */
                                response_body: string | null;
                                /** @description When the next retry is due; null when none follows */
                                next_attempt_at: string | null;
                            }[];
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, DELIVERY_NOT_FOUND, WEBHOOK_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    webhooksRedeliver: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description Retried requests with the same key and body replay the first response for 24 h, only to the same caller (same role and scopes) on the same path and workspace, after authorization and validation; an answer that carried a secret is never stored and its replay answers 409 SECRET_SHOWN_ONCE */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                webhook: string;
                delivery: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            delivery: {
                                /** @description dlv_… */
                                id: string;
                                webhook_id: string;
                                /** @description The `webhook-id` header of every attempt: the event’s id, for de-duplication */
                                event_id: string;
                                event: string;
                                /**
                                 * @description `pending` (not attempted yet), `retrying` (failed, next attempt at `next_attempt_at`), `delivered` (a 2xx), `failed` (no attempts left)
                                 * @enum {string}
                                 */
                                status: "pending" | "delivered" | "retrying" | "failed";
                                attempts: number;
                                last_status_code: number | null;
                                next_attempt_at: string | null;
                                created_at: string;
                                updated_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, DELIVERY_NOT_FOUND, WEBHOOK_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description IDEMPOTENCY_IN_PROGRESS, INVALID_TRANSITION */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentsTrainingGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The training read-out */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            agent_id: string;
                            learning_statistics: {
                                total_experiences: number;
                                successful_experiences: number;
                                success_rate: number;
                                avg_confidence: number | null;
                            };
                            patterns_detected: {
                                pattern: string;
                                success_rate: number;
                                sample_size: number;
                            }[];
                            adaptations_available: {
                                id: string;
                                /** @enum {string} */
                                type: "reinforce_pattern" | "avoid_pattern" | "adjust_temperature" | "add_instruction";
                                description: string;
                                /** @description Estimated gain in success rate, 0–1 */
                                expected_improvement: number;
                            }[];
                            graduation_readiness: {
                                /** @enum {string} */
                                current_level: "student" | "intern" | "supervised" | "autonomous";
                                readiness_score: number;
                                eligible_levels: ("student" | "intern" | "supervised" | "autonomous")[];
                                episodes_until_exam: number;
                            };
                            feedback: {
                                count: number;
                                avg_rating: number | null;
                            };
                            governance_violations: {
                                count: number;
                                /** @description First day of the window: the previous calendar month (UTC) */
                                since: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsTrainingAdaptationsList: {
        parameters: {
            query?: {
                /** @description available: suggested now and not applied; applied / reverted: from the history. Absent: all three */
                status?: "available" | "applied" | "reverted";
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Adaptations */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            adaptations: {
                                id: string;
                                /** @enum {string} */
                                type: "reinforce_pattern" | "avoid_pattern" | "adjust_temperature" | "add_instruction";
                                description: string;
                                /** @description Estimated gain in success rate, 0–1 */
                                expected_improvement: number;
                                /** @enum {string} */
                                status: "available" | "applied" | "reverted";
                                applied_at: string | null;
                                applied_by: string | null;
                                reverted_at: string | null;
                                reverted_by: string | null;
                                /** @description The agent version the apply produced */
                                agent_version: number | null;
                            }[];
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentsTrainingAdaptationApply: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
                adaptation: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The adaptation and the changed agent */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            adaptation: {
                                id: string;
                                /** @enum {string} */
                                type: "reinforce_pattern" | "avoid_pattern" | "adjust_temperature" | "add_instruction";
                                description: string;
                                /** @description Estimated gain in success rate, 0–1 */
                                expected_improvement: number;
                                /** @enum {string} */
                                status: "available" | "applied" | "reverted";
                                applied_at: string | null;
                                applied_by: string | null;
                                reverted_at: string | null;
                                reverted_by: string | null;
                                /** @description The agent version the apply produced */
                                agent_version: number | null;
                            };
                            agent: {
                                id: string;
                                workspace_id: string;
                                /** @description The same as `workspace_id`, under the name some clients read */
                                tenant_id: string;
                                slug: string;
                                name: string;
                                description: string | null;
                                type: string;
                                /** @enum {string} */
                                role: "general-assistant" | "finance-agent" | "marketing-agent" | "developer-agent" | "custom";
                                /**
                                 * @description Set at create; then raised one level by graduation, and lowered one level (never below student) by governance: 3 governance violations recorded at the current level within 7 days demote the agent at once, reset its episodes at the new level and publish `agent.demoted`
                                 * @enum {string}
                                 */
                                maturity_level: "student" | "intern" | "supervised" | "autonomous";
                                /** @enum {string} */
                                status: "draft" | "active" | "published" | "paused" | "disabled" | "archived" | "deleted";
                                /** @enum {string} */
                                runtime_state: "stopped" | "running" | "idle" | "failed";
                                capabilities: string[];
                                tags: string[];
                                configuration: {
                                    temperature?: number;
                                    max_tokens?: number;
                                    top_p?: number;
                                    /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                                    top_k?: number;
                                    /** @description One stop sequence or up to four */
                                    stop?: unknown;
                                    /** @description -2 to 2; OpenAI-compatible only */
                                    presence_penalty?: number;
                                    /** @description -2 to 2; OpenAI-compatible only */
                                    frequency_penalty?: number;
                                    /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                                    seed?: number;
                                    /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                                    response_format?: {
                                        /** @constant */
                                        type: "text";
                                    } | {
                                        /** @constant */
                                        type: "json_object";
                                    } | {
                                        /** @constant */
                                        type: "json_schema";
                                        json_schema: {
                                            name: string;
                                            schema: {
                                                [key: string]: unknown;
                                            };
                                            strict?: boolean;
                                        };
                                    };
                                };
                                /** @enum {string} */
                                llm_provider: "local" | "bedrock" | "openai-compatible";
                                llm_model: string;
                                /** @description The LLM settings as `GET /api/agents/{agent}/settings` shows them (read-only here; change them there or with the fields above) */
                                settings: {
                                    /** @enum {string} */
                                    llm_provider: "local" | "bedrock" | "openai-compatible";
                                    llm_model: string;
                                    llm_temperature: number | null;
                                };
                                llm_integration_id: string | null;
                                embedding_integration_id: string | null;
                                storage_integration_id: string | null;
                                system_prompt: string | null;
                                instruction_template: string | null;
                                persona_id: string | null;
                                use_custom_persona: boolean;
                                custom_persona_prompt: string | null;
                                template: string | null;
                                runtime: string | null;
                                runtime_model: string | null;
                                resources: {
                                    cpu: number;
                                    memory: string;
                                } | null;
                                github_repo: string | null;
                                color: string;
                                /** @description `/api/agents/<agent_id>/avatar` (a redirect to the image) once an avatar was uploaded */
                                avatar_url: string | null;
                                contact_config: {
                                    [key: string]: unknown;
                                } | null;
                                storage_config: {
                                    [key: string]: unknown;
                                } | null;
                                autonomy_enabled: boolean;
                                read_only_enabled: boolean;
                                timeout_seconds: number;
                                is_system: boolean;
                                owner: string;
                                owner_email: string;
                                created_by: string;
                                /** @description The last health check (GET /api/agents/{agent}/health checks again) */
                                health: {
                                    /** @description Every capability is healthy */
                                    healthy: boolean;
                                    /** @description When the check ran; null: never checked (then `healthy` only says the last run did not fail) */
                                    checked_at: string | null;
                                    /** @description `model`, `plugins`, `credentials`, `integrations` */
                                    capabilities: {
                                        [key: string]: {
                                            healthy: boolean;
                                            /** @description Why not, and what to do; null when healthy */
                                            reason: string | null;
                                        };
                                    };
                                };
                                statistics: {
                                    total_executions: number;
                                    successful_executions: number;
                                    success_rate: number;
                                    avg_confidence: number | null;
                                    last_execution: string | null;
                                };
                                graduation: {
                                    /** @enum {string} */
                                    current_level: "student" | "intern" | "supervised" | "autonomous";
                                    readiness_score: number;
                                    eligible_levels: ("student" | "intern" | "supervised" | "autonomous")[];
                                    episodes_until_exam: number;
                                };
                                version: number;
                                created_at: string;
                                updated_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, ADAPTATION_NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description INVALID_TRANSITION, NAME_TAKEN */
            409: components["responses"]["Error409"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description INTEGRATION_NOT_FOUND, MODEL_NOT_ALLOWED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsTrainingAdaptationRevert: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
                adaptation: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The adaptation and the changed agent */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            adaptation: {
                                id: string;
                                /** @enum {string} */
                                type: "reinforce_pattern" | "avoid_pattern" | "adjust_temperature" | "add_instruction";
                                description: string;
                                /** @description Estimated gain in success rate, 0–1 */
                                expected_improvement: number;
                                /** @enum {string} */
                                status: "available" | "applied" | "reverted";
                                applied_at: string | null;
                                applied_by: string | null;
                                reverted_at: string | null;
                                reverted_by: string | null;
                                /** @description The agent version the apply produced */
                                agent_version: number | null;
                            };
                            agent: {
                                id: string;
                                workspace_id: string;
                                /** @description The same as `workspace_id`, under the name some clients read */
                                tenant_id: string;
                                slug: string;
                                name: string;
                                description: string | null;
                                type: string;
                                /** @enum {string} */
                                role: "general-assistant" | "finance-agent" | "marketing-agent" | "developer-agent" | "custom";
                                /**
                                 * @description Set at create; then raised one level by graduation, and lowered one level (never below student) by governance: 3 governance violations recorded at the current level within 7 days demote the agent at once, reset its episodes at the new level and publish `agent.demoted`
                                 * @enum {string}
                                 */
                                maturity_level: "student" | "intern" | "supervised" | "autonomous";
                                /** @enum {string} */
                                status: "draft" | "active" | "published" | "paused" | "disabled" | "archived" | "deleted";
                                /** @enum {string} */
                                runtime_state: "stopped" | "running" | "idle" | "failed";
                                capabilities: string[];
                                tags: string[];
                                configuration: {
                                    temperature?: number;
                                    max_tokens?: number;
                                    top_p?: number;
                                    /** @description Bedrock and the local provider ignore it; OpenAI-compatible servers that accept it (vLLM, Ollama) get it */
                                    top_k?: number;
                                    /** @description One stop sequence or up to four */
                                    stop?: unknown;
                                    /** @description -2 to 2; OpenAI-compatible only */
                                    presence_penalty?: number;
                                    /** @description -2 to 2; OpenAI-compatible only */
                                    frequency_penalty?: number;
                                    /** @description For reproducible sampling where the provider offers it; OpenAI-compatible only */
                                    seed?: number;
                                    /** @description Structured output; an object answer is kept as the execution result's `details`. OpenAI-compatible only */
                                    response_format?: {
                                        /** @constant */
                                        type: "text";
                                    } | {
                                        /** @constant */
                                        type: "json_object";
                                    } | {
                                        /** @constant */
                                        type: "json_schema";
                                        json_schema: {
                                            name: string;
                                            schema: {
                                                [key: string]: unknown;
                                            };
                                            strict?: boolean;
                                        };
                                    };
                                };
                                /** @enum {string} */
                                llm_provider: "local" | "bedrock" | "openai-compatible";
                                llm_model: string;
                                /** @description The LLM settings as `GET /api/agents/{agent}/settings` shows them (read-only here; change them there or with the fields above) */
                                settings: {
                                    /** @enum {string} */
                                    llm_provider: "local" | "bedrock" | "openai-compatible";
                                    llm_model: string;
                                    llm_temperature: number | null;
                                };
                                llm_integration_id: string | null;
                                embedding_integration_id: string | null;
                                storage_integration_id: string | null;
                                system_prompt: string | null;
                                instruction_template: string | null;
                                persona_id: string | null;
                                use_custom_persona: boolean;
                                custom_persona_prompt: string | null;
                                template: string | null;
                                runtime: string | null;
                                runtime_model: string | null;
                                resources: {
                                    cpu: number;
                                    memory: string;
                                } | null;
                                github_repo: string | null;
                                color: string;
                                /** @description `/api/agents/<agent_id>/avatar` (a redirect to the image) once an avatar was uploaded */
                                avatar_url: string | null;
                                contact_config: {
                                    [key: string]: unknown;
                                } | null;
                                storage_config: {
                                    [key: string]: unknown;
                                } | null;
                                autonomy_enabled: boolean;
                                read_only_enabled: boolean;
                                timeout_seconds: number;
                                is_system: boolean;
                                owner: string;
                                owner_email: string;
                                created_by: string;
                                /** @description The last health check (GET /api/agents/{agent}/health checks again) */
                                health: {
                                    /** @description Every capability is healthy */
                                    healthy: boolean;
                                    /** @description When the check ran; null: never checked (then `healthy` only says the last run did not fail) */
                                    checked_at: string | null;
                                    /** @description `model`, `plugins`, `credentials`, `integrations` */
                                    capabilities: {
                                        [key: string]: {
                                            healthy: boolean;
                                            /** @description Why not, and what to do; null when healthy */
                                            reason: string | null;
                                        };
                                    };
                                };
                                statistics: {
                                    total_executions: number;
                                    successful_executions: number;
                                    success_rate: number;
                                    avg_confidence: number | null;
                                    last_execution: string | null;
                                };
                                graduation: {
                                    /** @enum {string} */
                                    current_level: "student" | "intern" | "supervised" | "autonomous";
                                    readiness_score: number;
                                    eligible_levels: ("student" | "intern" | "supervised" | "autonomous")[];
                                    episodes_until_exam: number;
                                };
                                version: number;
                                created_at: string;
                                updated_at: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, ADAPTATION_NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description INVALID_TRANSITION, NAME_TAKEN */
            409: components["responses"]["Error409"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description INTEGRATION_NOT_FOUND, MODEL_NOT_ALLOWED */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    workspacesExamSetsList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                ws: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Exam sets, by level (without their tasks) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            exam_sets: {
                                /** @enum {string} */
                                level: "intern" | "supervised" | "autonomous";
                                /** @description The set's own pass mark; null: the level's */
                                pass_mark: number | null;
                                /** @description The pass mark a graduation to this level uses now */
                                effective_pass_mark: number;
                                version: number;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                                updated_by: string;
                                task_count: number;
                            }[];
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    workspacesExamSetsGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                ws: string;
                level: "intern" | "supervised" | "autonomous";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The exam set */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            exam_set: {
                                /** @enum {string} */
                                level: "intern" | "supervised" | "autonomous";
                                /** @description The set's own pass mark; null: the level's */
                                pass_mark: number | null;
                                /** @description The pass mark a graduation to this level uses now */
                                effective_pass_mark: number;
                                version: number;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                                updated_by: string;
                                tasks: {
                                    task: string;
                                    expect: {
                                        contains?: string[];
                                        json_paths?: {
                                            path: string;
                                            equals?: unknown;
                                        }[];
                                        rubric?: string;
                                        tools?: string[];
                                    };
                                    context?: {
                                        [key: string]: unknown;
                                    };
                                }[];
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, EXAM_SET_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    workspacesExamSetsPut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
                /** @description The `ETag` (version) the update applies to; a stale one answers 412 */
                "If-Match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                ws: string;
                level: "intern" | "supervised" | "autonomous";
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1 to 20 tasks, each with what its answer must show */
                    tasks: {
                        task: string;
                        expect: {
                            contains?: string[];
                            json_paths?: {
                                path: string;
                                equals?: unknown;
                            }[];
                            rubric?: string;
                            tools?: string[];
                        };
                        context?: {
                            [key: string]: unknown;
                        };
                    }[];
                    /** @description The exam score (mean of the tasks' scores) a graduation to this level must reach; omitted: the level's (intern 0.6, supervised 0.7, autonomous 0.8) */
                    pass_mark?: number;
                };
            };
        };
        responses: {
            /** @description The stored exam set */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            exam_set: {
                                /** @enum {string} */
                                level: "intern" | "supervised" | "autonomous";
                                /** @description The set's own pass mark; null: the level's */
                                pass_mark: number | null;
                                /** @description The pass mark a graduation to this level uses now */
                                effective_pass_mark: number;
                                version: number;
                                /** @description ISO-8601 UTC */
                                created_at: string;
                                /** @description ISO-8601 UTC */
                                updated_at: string;
                                updated_by: string;
                                tasks: {
                                    task: string;
                                    expect: {
                                        contains?: string[];
                                        json_paths?: {
                                            path: string;
                                            equals?: unknown;
                                        }[];
                                        rubric?: string;
                                        tools?: string[];
                                    };
                                    context?: {
                                        [key: string]: unknown;
                                    };
                                }[];
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    workspacesExamSetsDelete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                ws: string;
                level: "intern" | "supervised" | "autonomous";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            /** @constant */
                            deleted: true;
                            level: string;
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, EXAM_SET_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description VERSION_CONFLICT */
            412: components["responses"]["Error412"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentsGraduationStart: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description JSON, at most 262144 bytes. Unknown fields are refused. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The level to sit the exam for; only the next level is accepted. Absent: the next level
                     * @enum {string}
                     */
                    target_level?: "intern" | "supervised" | "autonomous";
                };
            };
        };
        responses: {
            /** @description The graduation, running */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            graduation: {
                                id: string;
                                agent_id: string;
                                workspace_id: string;
                                /** @enum {string} */
                                from_level: "student" | "intern" | "supervised" | "autonomous";
                                /** @enum {string} */
                                target_level: "intern" | "supervised" | "autonomous";
                                /** @enum {string} */
                                status: "running" | "passed" | "failed" | "cancelled" | "error";
                                steps: {
                                    /** @enum {string} */
                                    name: "check_eligibility" | "prepare_exam" | "exam" | "grade";
                                    /** @enum {string} */
                                    status: "pending" | "running" | "succeeded" | "failed" | "skipped";
                                    started_at: string | null;
                                    ended_at: string | null;
                                }[];
                                exam_tasks: {
                                    index: number;
                                    /** @enum {string} */
                                    kind: "task" | "governance_probe";
                                    task: string;
                                    expect: {
                                        [key: string]: unknown;
                                    };
                                    context: {
                                        [key: string]: unknown;
                                    } | null;
                                    /** @description The exam run: an execution of the agent with `purpose: exam` */
                                    execution_id: string | null;
                                    /** @description 0–1: the share of checks met; 0 for a run that did not succeed */
                                    score: number | null;
                                    /** @enum {string} */
                                    outcome: "pending" | "passed" | "failed";
                                    checks: {
                                        check: string;
                                        passed: boolean;
                                        detail: string;
                                    }[];
                                    /** @description Why a run that did not succeed scored 0 */
                                    reason: string | null;
                                }[];
                                /** @description Readiness when the graduation was started */
                                readiness: {
                                    target_level: string;
                                    score: number;
                                    eligible: boolean;
                                    unmet: string[];
                                    episodes_until_exam: number;
                                };
                                /** @description The mean task score needed: intern 0.6, supervised 0.7, autonomous 0.8; every governance probe must pass too */
                                pass_mark: number;
                                score: number | null;
                                reason: string | null;
                                /** @description A failed graduation may be sat again from `date`, or once the agent has `episodes` episodes at its level, whichever comes first */
                                retry_after: {
                                    date: string;
                                    episodes: number;
                                } | null;
                                created_at: string;
                                ended_at: string | null;
                                created_by: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description GRADUATION_IN_PROGRESS, INVALID_TRANSITION */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description UNSUPPORTED_MEDIA_TYPE */
            415: components["responses"]["Error415"];
            /** @description NOT_ELIGIBLE */
            422: components["responses"]["Error422"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
            /** @description SERVICE_UNAVAILABLE */
            503: components["responses"]["Error503"];
        };
    };
    agentsGraduationsList: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100 */
                limit?: number;
                /** @description Alias of `limit` (the name some clients send); sending both answers 400 */
                per_page?: number;
                /** @description Page number (ignored with `cursor`) */
                page?: number;
                /** @description `next_cursor` of the previous page of this same list; signed, so an altered one or one from another list or workspace answers 400 */
                cursor?: string;
            };
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of graduations */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            graduations: {
                                id: string;
                                agent_id: string;
                                workspace_id: string;
                                /** @enum {string} */
                                from_level: "student" | "intern" | "supervised" | "autonomous";
                                /** @enum {string} */
                                target_level: "intern" | "supervised" | "autonomous";
                                /** @enum {string} */
                                status: "running" | "passed" | "failed" | "cancelled" | "error";
                                steps: {
                                    /** @enum {string} */
                                    name: "check_eligibility" | "prepare_exam" | "exam" | "grade";
                                    /** @enum {string} */
                                    status: "pending" | "running" | "succeeded" | "failed" | "skipped";
                                    started_at: string | null;
                                    ended_at: string | null;
                                }[];
                                exam_tasks: {
                                    index: number;
                                    /** @enum {string} */
                                    kind: "task" | "governance_probe";
                                    task: string;
                                    expect: {
                                        [key: string]: unknown;
                                    };
                                    context: {
                                        [key: string]: unknown;
                                    } | null;
                                    /** @description The exam run: an execution of the agent with `purpose: exam` */
                                    execution_id: string | null;
                                    /** @description 0–1: the share of checks met; 0 for a run that did not succeed */
                                    score: number | null;
                                    /** @enum {string} */
                                    outcome: "pending" | "passed" | "failed";
                                    checks: {
                                        check: string;
                                        passed: boolean;
                                        detail: string;
                                    }[];
                                    /** @description Why a run that did not succeed scored 0 */
                                    reason: string | null;
                                }[];
                                /** @description Readiness when the graduation was started */
                                readiness: {
                                    target_level: string;
                                    score: number;
                                    eligible: boolean;
                                    unmet: string[];
                                    episodes_until_exam: number;
                                };
                                /** @description The mean task score needed: intern 0.6, supervised 0.7, autonomous 0.8; every governance probe must pass too */
                                pass_mark: number;
                                score: number | null;
                                reason: string | null;
                                /** @description A failed graduation may be sat again from `date`, or once the agent has `episodes` episodes at its level, whichever comes first */
                                retry_after: {
                                    date: string;
                                    episodes: number;
                                } | null;
                                created_at: string;
                                ended_at: string | null;
                                created_by: string;
                            }[];
                            pagination: {
                                page: number;
                                limit: number;
                                /** @description Items the list holds; null for an agent list with several filters whose first page does not hold it all, and for a file listing or a workspace-wide list of available folders whose page does not reach its end (page on with `next_cursor`) */
                                total: number | null;
                                pages: number | null;
                                next_cursor: string | null;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentsGraduationGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
                graduation: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The graduation */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            graduation: {
                                id: string;
                                agent_id: string;
                                workspace_id: string;
                                /** @enum {string} */
                                from_level: "student" | "intern" | "supervised" | "autonomous";
                                /** @enum {string} */
                                target_level: "intern" | "supervised" | "autonomous";
                                /** @enum {string} */
                                status: "running" | "passed" | "failed" | "cancelled" | "error";
                                steps: {
                                    /** @enum {string} */
                                    name: "check_eligibility" | "prepare_exam" | "exam" | "grade";
                                    /** @enum {string} */
                                    status: "pending" | "running" | "succeeded" | "failed" | "skipped";
                                    started_at: string | null;
                                    ended_at: string | null;
                                }[];
                                exam_tasks: {
                                    index: number;
                                    /** @enum {string} */
                                    kind: "task" | "governance_probe";
                                    task: string;
                                    expect: {
                                        [key: string]: unknown;
                                    };
                                    context: {
                                        [key: string]: unknown;
                                    } | null;
                                    /** @description The exam run: an execution of the agent with `purpose: exam` */
                                    execution_id: string | null;
                                    /** @description 0–1: the share of checks met; 0 for a run that did not succeed */
                                    score: number | null;
                                    /** @enum {string} */
                                    outcome: "pending" | "passed" | "failed";
                                    checks: {
                                        check: string;
                                        passed: boolean;
                                        detail: string;
                                    }[];
                                    /** @description Why a run that did not succeed scored 0 */
                                    reason: string | null;
                                }[];
                                /** @description Readiness when the graduation was started */
                                readiness: {
                                    target_level: string;
                                    score: number;
                                    eligible: boolean;
                                    unmet: string[];
                                    episodes_until_exam: number;
                                };
                                /** @description The mean task score needed: intern 0.6, supervised 0.7, autonomous 0.8; every governance probe must pass too */
                                pass_mark: number;
                                score: number | null;
                                reason: string | null;
                                /** @description A failed graduation may be sat again from `date`, or once the agent has `episodes` episodes at its level, whichever comes first */
                                retry_after: {
                                    date: string;
                                    episodes: number;
                                } | null;
                                created_at: string;
                                ended_at: string | null;
                                created_by: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, GRADUATION_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
    agentsGraduationCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Selects the workspace for JWT callers (default: the caller's earliest membership) */
                "X-Workspace-ID"?: components["parameters"]["WorkspaceHeader"];
            };
            path: {
                agent: string;
                graduation: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled graduation */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        data: {
                            graduation: {
                                id: string;
                                agent_id: string;
                                workspace_id: string;
                                /** @enum {string} */
                                from_level: "student" | "intern" | "supervised" | "autonomous";
                                /** @enum {string} */
                                target_level: "intern" | "supervised" | "autonomous";
                                /** @enum {string} */
                                status: "running" | "passed" | "failed" | "cancelled" | "error";
                                steps: {
                                    /** @enum {string} */
                                    name: "check_eligibility" | "prepare_exam" | "exam" | "grade";
                                    /** @enum {string} */
                                    status: "pending" | "running" | "succeeded" | "failed" | "skipped";
                                    started_at: string | null;
                                    ended_at: string | null;
                                }[];
                                exam_tasks: {
                                    index: number;
                                    /** @enum {string} */
                                    kind: "task" | "governance_probe";
                                    task: string;
                                    expect: {
                                        [key: string]: unknown;
                                    };
                                    context: {
                                        [key: string]: unknown;
                                    } | null;
                                    /** @description The exam run: an execution of the agent with `purpose: exam` */
                                    execution_id: string | null;
                                    /** @description 0–1: the share of checks met; 0 for a run that did not succeed */
                                    score: number | null;
                                    /** @enum {string} */
                                    outcome: "pending" | "passed" | "failed";
                                    checks: {
                                        check: string;
                                        passed: boolean;
                                        detail: string;
                                    }[];
                                    /** @description Why a run that did not succeed scored 0 */
                                    reason: string | null;
                                }[];
                                /** @description Readiness when the graduation was started */
                                readiness: {
                                    target_level: string;
                                    score: number;
                                    eligible: boolean;
                                    unmet: string[];
                                    episodes_until_exam: number;
                                };
                                /** @description The mean task score needed: intern 0.6, supervised 0.7, autonomous 0.8; every governance probe must pass too */
                                pass_mark: number;
                                score: number | null;
                                reason: string | null;
                                /** @description A failed graduation may be sat again from `date`, or once the agent has `episodes` episodes at its level, whichever comes first */
                                retry_after: {
                                    date: string;
                                    episodes: number;
                                } | null;
                                created_at: string;
                                ended_at: string | null;
                                created_by: string;
                            };
                        };
                        meta: components["schemas"]["Meta"];
                    };
                };
            };
            /** @description INVALID_INPUT */
            400: components["responses"]["Error400"];
            /** @description UNAUTHORIZED */
            401: components["responses"]["Error401"];
            /** @description FORBIDDEN */
            403: components["responses"]["Error403"];
            /** @description NOT_FOUND, AGENT_NOT_FOUND, GRADUATION_NOT_FOUND, WORKSPACE_NOT_FOUND */
            404: components["responses"]["Error404"];
            /** @description INVALID_TRANSITION */
            409: components["responses"]["Error409"];
            /** @description PAYLOAD_TOO_LARGE */
            413: components["responses"]["Error413"];
            /** @description RATE_LIMIT_EXCEEDED */
            429: components["responses"]["Error429"];
            /** @description INTERNAL */
            500: components["responses"]["Error500"];
        };
    };
}
