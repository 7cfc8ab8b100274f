package serve

import "sync"

// hub hands each build's number to every page listening for it.
type hub struct {
	mu      sync.Mutex
	clients map[chan int]bool
	closed  bool
}

func newHub() *hub { return &hub{clients: map[chan int]bool{}} }

// join returns a channel of build numbers and a function to leave. The
// channel is closed when the hub closes.
func (h *hub) join() (<-chan int, func()) {
	h.mu.Lock()
	defer h.mu.Unlock()
	c := make(chan int, 1)
	if h.closed {
		close(c)
		return c, func() {}
	}
	h.clients[c] = true
	return c, func() {
		h.mu.Lock()
		defer h.mu.Unlock()
		if h.clients[c] {
			delete(h.clients, c)
			close(c)
		}
	}
}

// send gives gen to every listener; one that has not taken the previous
// number gets only the newest.
func (h *hub) send(gen int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.clients {
		select {
		case <-c:
		default:
		}
		c <- gen
	}
}

// close ends every listener's stream, so that the server can shut down.
func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for c := range h.clients {
		delete(h.clients, c)
		close(c)
	}
}
