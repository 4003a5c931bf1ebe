extension Migration {
  /// Version 1: sessions, their events, their answers, and who may see them.
  ///
  /// Every table is keyed by `session_id` first, the distribution column on a Citus cluster, so
  /// a session's rows live together on one node. `owner` is the database role that shared the
  /// row (`current_user`); the policies let that role read, change and delete its own rows only,
  /// and a member of `mentor_coach_reviewer` read all of them.
  static let sessions = Migration(
    version: 1, name: "sessions, events and answers with row-level security",
    sql: """
      CREATE TABLE sessions (
        session_id text PRIMARY KEY,
        owner name NOT NULL DEFAULT current_user,
        scenario text NOT NULL,
        scenario_title text NOT NULL,
        mode text NOT NULL,
        workshop text,
        person text,
        participants text[] NOT NULL,
        people text[] NOT NULL,
        started_at timestamptz NOT NULL,
        last_at timestamptz NOT NULL,
        finished boolean NOT NULL,
        answer_count integer NOT NULL,
        event_count integer NOT NULL,
        shared_by text,
        shared_at timestamptz NOT NULL DEFAULT now(),
        redacted boolean NOT NULL
      );
      CREATE INDEX sessions_scenario ON sessions (lower(scenario));
      CREATE INDEX sessions_workshop ON sessions (lower(workshop));
      CREATE INDEX sessions_started_at ON sessions (started_at);
      CREATE INDEX sessions_people ON sessions USING gin (people);
      CREATE INDEX sessions_owner ON sessions (owner);

      CREATE TABLE events (
        session_id text NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
        seq integer NOT NULL,
        owner name NOT NULL DEFAULT current_user,
        type text NOT NULL,
        who text,
        t timestamptz NOT NULL,
        line text NOT NULL,
        body jsonb NOT NULL,
        PRIMARY KEY (session_id, seq)
      );
      CREATE INDEX events_type ON events (type);
      CREATE INDEX events_body ON events USING gin (body jsonb_path_ops);

      CREATE TABLE answers (
        session_id text NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
        seq integer NOT NULL,
        owner name NOT NULL DEFAULT current_user,
        step text NOT NULL,
        who text,
        question text,
        input text NOT NULL,
        kind text NOT NULL,
        rating integer,
        accepted boolean NOT NULL,
        tags text[] NOT NULL,
        words tsvector GENERATED ALWAYS AS (to_tsvector('english', input)) STORED,
        PRIMARY KEY (session_id, seq)
      );
      CREATE INDEX answers_words ON answers USING gin (words);
      CREATE INDEX answers_input ON answers USING gin (input gin_trgm_ops);
      CREATE INDEX answers_tags ON answers USING gin (tags);

      ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
      ALTER TABLE events ENABLE ROW LEVEL SECURITY;
      ALTER TABLE answers ENABLE ROW LEVEL SECURITY;
      CREATE POLICY own_rows ON sessions USING (owner = current_user)
        WITH CHECK (owner = current_user);
      CREATE POLICY own_rows ON events USING (owner = current_user)
        WITH CHECK (owner = current_user);
      CREATE POLICY own_rows ON answers USING (owner = current_user)
        WITH CHECK (owner = current_user);
      CREATE POLICY reviewers_read ON sessions FOR SELECT USING (
        EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = 'mentor_coach_reviewer'
          AND pg_has_role(current_user, r.oid, 'MEMBER')));
      CREATE POLICY reviewers_read ON events FOR SELECT USING (
        EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = 'mentor_coach_reviewer'
          AND pg_has_role(current_user, r.oid, 'MEMBER')));
      CREATE POLICY reviewers_read ON answers FOR SELECT USING (
        EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = 'mentor_coach_reviewer'
          AND pg_has_role(current_user, r.oid, 'MEMBER')));
      """)
}
