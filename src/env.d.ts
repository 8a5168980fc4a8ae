/// <reference types="starlight-checked-examples/client" />
