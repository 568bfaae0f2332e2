// Peer for bench/minhash/run: MinHash signatures with github.com/ekzhu/minhash-lsh (Debian
// golang-github-ekzhu-minhash-lsh-dev) over the same articles and the same shingling as
// corroborate: lower-cased ASCII letter/digit words (the corpus is ASCII), 5-word shingles,
// 128 hash functions. Prints articles/s per round and the median.
// Usage: peer_minhash_lsh CORPUS [ROUNDS]
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"syscall"
	"time"

	minhashlsh "github.com/ekzhu/minhash-lsh"
)

const (
	numPerm = 128
	k       = 5
)

func words(line []byte, buf [][]byte) [][]byte {
	buf = buf[:0]
	start := -1
	for i, c := range line {
		isWord := (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
		if isWord && start < 0 {
			start = i
		} else if !isWord && start >= 0 {
			buf = append(buf, line[start:i])
			start = -1
		}
	}
	if start >= 0 {
		buf = append(buf, line[start:])
	}
	for _, w := range buf {
		for j, c := range w {
			if c >= 'A' && c <= 'Z' {
				w[j] = c + 32
			}
		}
	}
	return buf
}

func cpuSeconds() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)*1e-6
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: peer_minhash_lsh CORPUS [ROUNDS]")
		os.Exit(2)
	}
	rounds := 3
	if len(os.Args) > 2 {
		rounds, _ = strconv.Atoi(os.Args[2])
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var articles [][]byte
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		articles = append(articles, append([]byte(nil), sc.Bytes()...))
	}
	var rates []float64
	var checksum uint64
	var buf [][]byte
	shingle := make([]byte, 0, 256)
	// Rates per CPU second of the process (user + system, all threads: the garbage collector's
	// work counts), as corroborate's side measures; wall-clock rates beside them.
	for r := 0; r < rounds; r++ {
		cpu0 := cpuSeconds()
		start := time.Now()
		for _, a := range articles {
			line := append([]byte(nil), a...) // words() lower-cases in place
			buf = words(line, buf)
			m := minhashlsh.NewMinhash(1, numPerm)
			n := len(buf) - k + 1
			if n < 1 {
				n = 1
			}
			for s := 0; s < n; s++ {
				shingle = shingle[:0]
				for j := s; j < s+k && j < len(buf); j++ {
					if j > s {
						shingle = append(shingle, ' ')
					}
					shingle = append(shingle, buf[j]...)
				}
				m.Push(shingle)
			}
			checksum += m.Signature()[0]
		}
		wall := time.Since(start).Seconds()
		cpu := cpuSeconds() - cpu0
		rates = append(rates, float64(len(articles))/cpu)
		fmt.Printf("round %d: %.0f articles/s per CPU second (wall clock: %.0f articles/s)\n",
			r+1, rates[len(rates)-1], float64(len(articles))/wall)
	}
	sort.Float64s(rates)
	fmt.Printf("median: %.0f articles/s per CPU second (%d articles, checksum %d)\n", rates[len(rates)/2], len(articles), checksum)
}
