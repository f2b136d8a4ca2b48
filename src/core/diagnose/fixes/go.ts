/** The fixes in Go (crypto/sha256, crypto/hmac, encoding/hex, net/http). */
import { fixTable } from './fixTemplates.ts';

export const GO_FIXES = fixTable({
  secret: 'apiSecret := strings.TrimSpace(os.Getenv("COEXT_API_SECRET")) // the sk_ secret alone: no newline, not the pk_ API key',
  hash: 'sum := sha256.Sum256([]byte(apiSecret))\nsecretHash := hex.EncodeToString(sum[:])        // 64 lowercase hex characters, once\nmac := hmac.New(sha256.New, []byte(secretHash)) // keyed with that hex text, not sum[:]',
  hmac: 'mac := hmac.New(sha256.New, []byte(secretHash)) // key: the secret hash\'s hex text\nmac.Write([]byte(timestamp + "." + body))        // message: "<timestamp>.<body>"\nsignature := hex.EncodeToString(mac.Sum(nil))',
  timestamp: 'timestamp := strconv.FormatInt(time.Now().Unix(), 10) // seconds, read once\nmac.Write([]byte(timestamp + "." + body))\nreq.Header.Set("X-Timestamp", timestamp) // the same value',
  payload: 'message := timestamp + "." + body // the timestamp, a dot, then the body as sent',
  send: 'body, _ := json.Marshal(payload)                 // serialize once\nmac.Write([]byte(timestamp + "." + string(body))) // sign these bytes\nreq, _ := http.NewRequest("POST", url, bytes.NewReader(body)) // and send the same bytes',
  empty: 'mac.Write([]byte(timestamp + ".")) // a body-less request signs "<timestamp>." (or "<timestamp>.{}")\nreq, _ := http.NewRequest("GET", url, nil) // and sends no body',
  hex: 'mac := hmac.New(sha256.New, []byte(secretHash))\nmac.Write([]byte(timestamp + "." + body))\nsignature := hex.EncodeToString(mac.Sum(nil)) // 64 lowercase hex characters, sent alone (not base64, not upper case)',
});
