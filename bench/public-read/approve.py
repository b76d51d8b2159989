#!/usr/bin/env python3
"""Proposes and approves a decision every INTERVAL seconds (0: flat out) against a Tocsin server, over two keep-alive
connections (analyst and approver), until killed. Writes the count approved so far to COUNT_FILE after each approval.
One long-lived process, so that the load generator's own cost per approval is a few hundred microseconds, not the
forks of curl and jq a shell loop pays (which showed in the readers' tail on the 2-core machine).
Usage: approve.py HOST PORT INTERVAL COUNT_FILE"""
import base64, datetime, http.client, json, sys, time

host, port, interval, count_file = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]


def client(user, password):
    connection = http.client.HTTPConnection(host, port)
    token = base64.b64encode(f"{user}:{password}".encode()).decode()

    def post(path, body=None):
        headers = {"Authorization": f"Basic {token}"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        connection.request("POST", path, body=None if body is None else json.dumps(body), headers=headers)
        response = connection.getresponse()
        data = response.read()
        if response.status >= 300:
            sys.exit(f"{path}: {response.status} {data[:300]!r}")
        return json.loads(data) if data else None

    return post


analyst, approver = client("ana", "demo-analyst"), client("paul", "demo-approver")
approved = 0
while True:
    started = time.monotonic()
    decision = analyst("/api/v1/decisions", {
        "scheme": "vigipirate", "level": "urgence-attentat", "territories": [f"FRA-D{approved % 19 + 1:02d}"],
        "effectiveAt": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "authority": "Premier ministre", "rationale": "Benchmark of the public read path.", "supersedes": [], "evidence": [],
        "exercise": False})
    approver(f"/api/v1/decisions/{decision['id']}/approve")
    approved += 1
    with open(count_file, "w") as count:
        count.write(str(approved))
    time.sleep(max(0.0, interval - (time.monotonic() - started)))
