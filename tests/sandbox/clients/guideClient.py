"""The API guide's Python example, verbatim where it can be, with the send step it leaves out.

The guide signs json.dumps(body, separators=(',', ':')); to be accepted the client must SEND exactly those bytes
(data=), not requests.post(json=...), which re-serializes with ", " and ": ".
Usage: guideClient.py MODE   (MODE: ok | json-kwarg | old-timestamp | get)
Reads COEXT_API_KEY, COEXT_API_SECRET and COEXT_BASE_URL from the environment; prints "<status> <code or message_id>".
"""
import hashlib
import hmac
import json
import os
import sys
import time

import requests


def generate_auth_headers(api_key: str, api_secret: str, request_body: dict) -> dict:
    # Step 1: Get current timestamp
    timestamp = int(time.time())
    # Step 2: Hash the API secret
    secret_hash = hashlib.sha256(api_secret.encode()).hexdigest()
    # Step 3: Create the payload
    body_string = json.dumps(request_body, separators=(',', ':'))
    payload = f"{timestamp}.{body_string}"
    # Step 4: Generate HMAC signature
    signature = hmac.new(
        secret_hash.encode(),
        payload.encode(),
        hashlib.sha256
    ).hexdigest()
    return {
        'Content-Type': 'application/json',
        'X-API-Key': api_key,
        'X-Timestamp': str(timestamp),
        'X-API-Signature': signature
    }


def main(mode: str) -> None:
    api_key = os.environ['COEXT_API_KEY']
    api_secret = os.environ['COEXT_API_SECRET']
    base_url = os.environ['COEXT_BASE_URL']
    body = {'to': '+14155550100', 'message': 'Café ☕ from Python'}
    if mode == 'old-timestamp':
        real_time = time.time
        time.time = lambda: real_time() - 600
    headers = generate_auth_headers(api_key, api_secret, body)
    if mode == 'json-kwarg':
        response = requests.post(f'{base_url}/messages/text', json=body, headers=headers)
    else:
        sent = json.dumps(body, separators=(',', ':')).encode('utf-8')
        response = requests.post(f'{base_url}/messages/text', data=sent, headers=headers)
    result = response.json()
    outcome = result['data']['message_id'] if result['success'] else result['error']['code']
    print(response.status_code, outcome)


if __name__ == '__main__':
    main(sys.argv[1])
